import "server-only";
import { cloudWrite } from "@/lib/cloud/call";
import type { LiveClient } from "@/lib/cloud/clients";
import type { RecordingSettings } from "@/lib/schemas/recording-settings";
import { CHOSEN_USERS_STREAM_NAME, consoleTemplateName } from "./cloud-names";
import { readCloudRecordingSetup, type CloudRecordingSetup, type PushTarget } from "./cloud-recording-setup";
import { toRecordTemplate } from "./to-record-template";

async function ensureRecordTemplate(
  live: LiveClient,
  setup: CloudRecordingSetup,
  name: string,
  settings: RecordingSettings,
) {
  const fields = toRecordTemplate(settings);
  const existing = setup.template?.TemplateId;
  if (existing !== undefined) {
    await cloudWrite(() => live.ModifyLiveRecordTemplate({ TemplateId: existing, TemplateName: name, ...fields }));
    return existing;
  }
  const created = await cloudWrite(() => live.CreateLiveRecordTemplate({ TemplateName: name, ...fields }));
  if (created.TemplateId === undefined) throw new Error("CreateLiveRecordTemplate answered without a TemplateId");
  return created.TemplateId;
}

/** App-wide rules: "" records every stream (global), the sentinel only chosen ones. One at most is ours. */
async function ensureRecordRules(
  live: LiveClient,
  target: PushTarget,
  setup: CloudRecordingSetup,
  templateId: number,
  settings: RecordingSettings,
) {
  const wanted = settings.enabled ? (settings.mode === "global" ? "" : CHOSEN_USERS_STREAM_NAME) : null;
  for (const streamName of ["", CHOSEN_USERS_STREAM_NAME]) {
    const existing = setup.rules.find((rule) => (rule.StreamName ?? "") === streamName);
    const isWanted = wanted === streamName;
    const isRight = existing?.TemplateId === templateId;
    const rule = { DomainName: target.pushDomain, AppName: target.streamPath, StreamName: streamName };
    if (existing && (!isWanted || !isRight)) await cloudWrite(() => live.DeleteLiveRecordRule(rule));
    if (isWanted && !(existing && isRight)) {
      await cloudWrite(() => live.CreateLiveRecordRule({ ...rule, TemplateId: templateId }));
    }
  }
}

async function ensureCallbacks(
  live: LiveClient,
  target: PushTarget,
  setup: CloudRecordingSetup,
  name: string,
  settings: RecordingSettings,
) {
  const rule = { DomainName: target.pushDomain, AppName: target.streamPath };
  const ownTemplateId = setup.callbackTemplate?.TemplateId;
  if (!settings.callbackUrl) {
    if (setup.callbackRule && setup.callbackRule.TemplateId === ownTemplateId) {
      await cloudWrite(() => live.DeleteLiveCallbackRule(rule));
    }
    return;
  }
  const fields = {
    TemplateName: name,
    Description: "Managed by the TRTC Recording Console",
    RecordNotifyUrl: settings.callbackUrl,
    RecordStatusNotifyUrl: settings.callbackUrl,
    CallbackKey: settings.callbackKey,
  };
  let templateId = ownTemplateId;
  if (templateId !== undefined) {
    const id = templateId;
    await cloudWrite(() => live.ModifyLiveCallbackTemplate({ TemplateId: id, ...fields }));
  } else {
    templateId = (await cloudWrite(() => live.CreateLiveCallbackTemplate(fields))).TemplateId;
  }
  if (templateId === undefined) throw new Error("CreateLiveCallbackTemplate answered without a TemplateId");
  if (setup.callbackRule?.TemplateId === templateId) return;
  if (setup.callbackRule) await cloudWrite(() => live.DeleteLiveCallbackRule(rule));
  const boundId = templateId;
  await cloudWrite(() => live.CreateLiveCallbackRule({ ...rule, TemplateId: boundId }));
}

/**
 * Makes the cloud hold these settings for the app: the console's record template (created or
 * modified), the app-wide record rule for the chosen form, and the callback template and rule.
 * Every step checks what is there first, so applying twice changes nothing and a half-done apply
 * completes when run again. Returns what the cloud holds afterwards.
 */
export async function applyRecordingSettings(
  live: LiveClient,
  target: PushTarget,
  settings: RecordingSettings,
): Promise<CloudRecordingSetup> {
  const name = consoleTemplateName(target.sdkAppId);
  const before = await readCloudRecordingSetup(live, target);
  const templateId = await ensureRecordTemplate(live, before, name, settings);
  await ensureRecordRules(live, target, before, templateId, settings);
  await ensureCallbacks(live, target, before, name, settings);
  return readCloudRecordingSetup(live, target);
}
