import type {
  CallBackTemplateInfo,
  RecordTemplateInfo,
  RuleInfo,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_models";
import { RECORDING_FORMATS, type RecordingSettings } from "@/lib/schemas/recording-settings";
import { CHOSEN_USERS_STREAM_NAME } from "./cloud-names";
import { PARAM_OF } from "./to-record-template";

const DAY_SECONDS = 86_400;

/**
 * What the cloud holds, read back as console settings: the console's record template, the rules
 * binding it to the app's stream path, and its callback template. Null parts mean "not set up".
 */
export function settingsFromCloud(input: {
  template: RecordTemplateInfo | null;
  rules: RuleInfo[];
  callbackTemplate: CallBackTemplateInfo | null;
  fallback: RecordingSettings;
}): RecordingSettings {
  const { template, rules, callbackTemplate, fallback } = input;
  const ownRules = rules.filter((rule) => rule.TemplateId === template?.TemplateId);
  const isGlobal = ownRules.some((rule) => !rule.StreamName);
  const isChosen = ownRules.some((rule) => rule.StreamName === CHOSEN_USERS_STREAM_NAME);
  const formats = template ? RECORDING_FORMATS.filter((format) => template[PARAM_OF[format]]?.Enable === 1) : [];
  const firstEnabled = template ? formats.map((format) => template[PARAM_OF[format]]).find(Boolean) : undefined;
  const anyParam = firstEnabled ?? template?.Mp4Param ?? template?.HlsParam;
  return {
    enabled: Boolean(template) && (isGlobal || isChosen) && formats.length > 0,
    mode: isGlobal ? "global" : isChosen ? "chosen" : fallback.mode,
    formats: formats.length > 0 ? formats : fallback.formats,
    maxFileMinutes: anyParam?.RecordInterval ? Math.round(anyParam.RecordInterval / 60) : fallback.maxFileMinutes,
    retentionDays:
      anyParam?.StorageTime !== undefined ? Math.round(anyParam.StorageTime / DAY_SECONDS) : fallback.retentionDays,
    resumeSeconds: template?.HlsSpecialParam?.FlowContinueDuration ?? fallback.resumeSeconds,
    vodSubAppId: anyParam?.VodSubAppId ? anyParam.VodSubAppId : null,
    callbackUrl: callbackTemplate?.RecordNotifyUrl ?? "",
    callbackKey: callbackTemplate?.CallbackKey ?? "",
  };
}
