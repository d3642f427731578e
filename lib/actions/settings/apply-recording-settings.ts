import "server-only";
import { createLiveCallbackRule } from "@/lib/cloud/live/create-live-callback-rule";
import { createLiveCallbackTemplate } from "@/lib/cloud/live/create-live-callback-template";
import { createLiveRecordRule } from "@/lib/cloud/live/create-live-record-rule";
import { createLiveRecordTemplate } from "@/lib/cloud/live/create-live-record-template";
import { deleteLiveCallbackRule } from "@/lib/cloud/live/delete-live-callback-rule";
import { deleteLiveRecordRule } from "@/lib/cloud/live/delete-live-record-rule";
import { modifyLiveCallbackTemplate } from "@/lib/cloud/live/modify-live-callback-template";
import { modifyLiveRecordTemplate } from "@/lib/cloud/live/modify-live-record-template";
import type { RecordingSettings } from "@/lib/schemas/recording-settings";
import { CHOSEN_USERS_STREAM_NAME, consoleTemplateName } from "@/lib/settings/cloud-names";
import {
  readCloudRecordingSetup,
  type CloudRecordingSetup,
  type PushTarget,
} from "@/lib/data/settings/cloud-recording-setup";

async function ensureRecordTemplate(setup: CloudRecordingSetup, name: string, settings: RecordingSettings) {
  const existing = setup.template?.id;
  if (existing !== undefined) {
    await modifyLiveRecordTemplate({ id: existing, name, settings });
    return existing;
  }
  return createLiveRecordTemplate({ name, settings });
}

/** App-wide rules: "" records every stream (global), the sentinel only chosen ones. One at most is ours. */
async function ensureRecordRules(
  target: PushTarget,
  setup: CloudRecordingSetup,
  templateId: number,
  settings: RecordingSettings,
) {
  const wanted = settings.enabled ? (settings.mode === "global" ? "" : CHOSEN_USERS_STREAM_NAME) : null;
  for (const streamName of ["", CHOSEN_USERS_STREAM_NAME]) {
    const existing = setup.rules.find((rule) => rule.streamName === streamName);
    const isWanted = wanted === streamName;
    const isRight = existing?.templateId === templateId;
    const rule = { domain: target.pushDomain, appName: target.streamPath, streamName };
    if (existing && (!isWanted || !isRight)) await deleteLiveRecordRule(rule);
    if (isWanted && !(existing && isRight)) await createLiveRecordRule({ ...rule, templateId });
  }
}

async function ensureCallbacks(
  target: PushTarget,
  setup: CloudRecordingSetup,
  name: string,
  settings: RecordingSettings,
) {
  const rule = { domain: target.pushDomain, appName: target.streamPath };
  const ownTemplateId = setup.callbackTemplate?.id;
  if (!settings.callbackUrl) {
    if (setup.callbackRule && setup.callbackRule.templateId === ownTemplateId) await deleteLiveCallbackRule(rule);
    return;
  }
  const fields = { name, url: settings.callbackUrl, callbackKey: settings.callbackKey };
  let templateId = ownTemplateId;
  if (templateId !== undefined) await modifyLiveCallbackTemplate({ id: templateId, ...fields });
  else templateId = await createLiveCallbackTemplate(fields);
  if (setup.callbackRule?.templateId === templateId) return;
  if (setup.callbackRule) await deleteLiveCallbackRule(rule);
  await createLiveCallbackRule({ ...rule, templateId });
}

/**
 * Makes the cloud hold these settings for the app: the console's record template (created or
 * modified), the app-wide record rule for the chosen form, and the callback template and rule.
 * Every step checks what is there first, so applying twice changes nothing and a half-done apply
 * completes when run again. Returns what the cloud holds afterwards.
 */
export async function applyRecordingSettings(
  target: PushTarget,
  settings: RecordingSettings,
): Promise<CloudRecordingSetup> {
  const name = consoleTemplateName(target.sdkAppId);
  const before = await readCloudRecordingSetup(target);
  const templateId = await ensureRecordTemplate(before, name, settings);
  await ensureRecordRules(target, before, templateId, settings);
  await ensureCallbacks(target, before, name, settings);
  return readCloudRecordingSetup(target);
}
