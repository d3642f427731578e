import type { CssCallbackTemplate, CssRecordRule, CssRecordTemplate } from "@/lib/cloud/live/css-types";
import { RECORDING_FORMATS, type RecordingSettings } from "@/lib/schemas/recording-settings";
import { CHOSEN_USERS_STREAM_NAME } from "./cloud-names";

const DAY_SECONDS = 86_400;

/**
 * What the cloud holds, read back as console settings: the console's record template, the rules
 * binding it to the app's stream path, and its callback template. Null parts mean "not set up".
 */
export function settingsFromCloud(input: {
  template: CssRecordTemplate | null;
  rules: CssRecordRule[];
  callbackTemplate: CssCallbackTemplate | null;
  fallback: RecordingSettings;
}): RecordingSettings {
  const { template, rules, callbackTemplate, fallback } = input;
  const ownRules = rules.filter((rule) => rule.templateId === template?.id);
  const isGlobal = ownRules.some((rule) => !rule.streamName);
  const isChosen = ownRules.some((rule) => rule.streamName === CHOSEN_USERS_STREAM_NAME);
  const formats = template ? RECORDING_FORMATS.filter((format) => template.formats[format]?.isEnabled) : [];
  const firstEnabled = template ? formats.map((format) => template.formats[format]).find(Boolean) : undefined;
  const anyParam = firstEnabled ?? template?.formats.mp4 ?? template?.formats.hls;
  return {
    enabled: Boolean(template) && (isGlobal || isChosen) && formats.length > 0,
    mode: isGlobal ? "global" : isChosen ? "chosen" : fallback.mode,
    formats: formats.length > 0 ? formats : fallback.formats,
    maxFileMinutes: anyParam?.intervalSeconds ? Math.round(anyParam.intervalSeconds / 60) : fallback.maxFileMinutes,
    retentionDays:
      anyParam && anyParam.storageSeconds !== null
        ? Math.round(anyParam.storageSeconds / DAY_SECONDS)
        : fallback.retentionDays,
    resumeSeconds: template?.resumeSeconds ?? fallback.resumeSeconds,
    vodSubAppId: anyParam?.vodSubAppId ?? null,
    callbackUrl: callbackTemplate?.recordNotifyUrl ?? "",
    callbackKey: callbackTemplate?.callbackKey ?? "",
  };
}
