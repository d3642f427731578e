import "server-only";
import { describeLiveCallbackRules } from "@/lib/cloud/live/describe-live-callback-rules";
import { describeLiveCallbackTemplates } from "@/lib/cloud/live/describe-live-callback-templates";
import { describeLiveRecordRules } from "@/lib/cloud/live/describe-live-record-rules";
import { describeLiveRecordTemplates } from "@/lib/cloud/live/describe-live-record-templates";
import type {
  CssCallbackRule,
  CssCallbackTemplate,
  CssRecordRule,
  CssRecordTemplate,
} from "@/lib/cloud/live/css-types";
import { consoleTemplateName } from "@/lib/settings/cloud-names";

/** The app's push target: record and callback rules name this domain and stream path. */
export interface PushTarget {
  sdkAppId: number;
  pushDomain: string;
  streamPath: string;
}

/** What the cloud holds for one application, as the console manages it. */
export interface CloudRecordingSetup {
  template: CssRecordTemplate | null;
  /** Record rules on the app's domain and stream path (whatever template they bind). */
  rules: CssRecordRule[];
  callbackTemplate: CssCallbackTemplate | null;
  callbackRule: CssCallbackRule | null;
}

/** Reads the console's templates and the rules on the app's stream path. */
export async function readCloudRecordingSetup(target: PushTarget): Promise<CloudRecordingSetup> {
  const name = consoleTemplateName(target.sdkAppId);
  const onTarget = (rule: { domain: string; appName: string }) =>
    rule.domain === target.pushDomain && rule.appName === target.streamPath;
  const [templates, rules, callbackTemplates, callbackRules] = await Promise.all([
    describeLiveRecordTemplates(),
    describeLiveRecordRules(),
    describeLiveCallbackTemplates(),
    describeLiveCallbackRules(),
  ]);
  return {
    template: templates.find((template) => template.name === name) ?? null,
    rules: rules.filter(onTarget),
    callbackTemplate: callbackTemplates.find((template) => template.name === name) ?? null,
    callbackRule: callbackRules.find(onTarget) ?? null,
  };
}
