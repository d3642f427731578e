import "server-only";
import type {
  CallBackRuleInfo,
  CallBackTemplateInfo,
  RecordTemplateInfo,
  RuleInfo,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_models";
import { cloudRead } from "@/lib/cloud/call";
import type { LiveClient } from "@/lib/cloud/clients";
import { consoleTemplateName } from "./cloud-names";

/** The app's push target: record and callback rules name this domain and stream path. */
export interface PushTarget {
  sdkAppId: number;
  pushDomain: string;
  streamPath: string;
}

/** What the cloud holds for one application, as the console manages it. */
export interface CloudRecordingSetup {
  template: RecordTemplateInfo | null;
  /** Record rules on the app's domain and stream path (whatever template they bind). */
  rules: RuleInfo[];
  callbackTemplate: CallBackTemplateInfo | null;
  callbackRule: CallBackRuleInfo | null;
}

/** Reads the console's templates and the rules on the app's stream path. */
export async function readCloudRecordingSetup(live: LiveClient, target: PushTarget): Promise<CloudRecordingSetup> {
  const name = consoleTemplateName(target.sdkAppId);
  const onTarget = (rule: { DomainName?: string; AppName?: string }) =>
    rule.DomainName === target.pushDomain && (rule.AppName ?? "") === target.streamPath;
  const [templates, rules, callbackTemplates, callbackRules] = await Promise.all([
    cloudRead(() => live.DescribeLiveRecordTemplates({})),
    cloudRead(() => live.DescribeLiveRecordRules()),
    cloudRead(() => live.DescribeLiveCallbackTemplates()),
    cloudRead(() => live.DescribeLiveCallbackRules()),
  ]);
  return {
    template: templates.Templates?.find((template) => template.TemplateName === name) ?? null,
    rules: (rules.Rules ?? []).filter(onTarget),
    callbackTemplate: callbackTemplates.Templates?.find((template) => template.TemplateName === name) ?? null,
    callbackRule: (callbackRules.Rules ?? []).find(onTarget) ?? null,
  };
}
