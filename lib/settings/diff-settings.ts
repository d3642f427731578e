import { msg } from "@/lib/i18n/message";
import type { RecordingSettings } from "@/lib/schemas/recording-settings";

/** One field's change; `before`/`after` are messages from `msg` or plain values (URLs, ids). */
export interface SettingDifference {
  field: keyof RecordingSettings;
  before: string;
  after: string;
}

/** Every field, in the order differences are listed (labels: settings.labels.<field>). */
const FIELDS: Array<keyof RecordingSettings> = [
  "enabled",
  "mode",
  "formats",
  "maxFileMinutes",
  "retentionDays",
  "resumeSeconds",
  "vodSubAppId",
  "callbackUrl",
  "callbackKey",
];

/** A field's name as a message, put into words where it is shown. */
export const settingLabel = (field: keyof RecordingSettings) => msg(`settings.labels.${field}`);

/** The words for a value that is not the user's own text. */
export const valueText = (value: "set" | "none" | "differentKey" | "previousKey" | "newKey" | "on" | "off"): string =>
  msg(`settings.values.${value}`);

function show(field: keyof RecordingSettings, value: RecordingSettings[keyof RecordingSettings]): string {
  // The key is a secret: a difference is shown, never the value.
  if (field === "callbackKey") return valueText(value ? "set" : "none");
  if (Array.isArray(value)) return [...value].sort().join(", ") || valueText("none");
  if (value === null || value === "") return valueText("none");
  if (typeof value === "boolean") return valueText(value ? "on" : "off");
  if (field === "mode" && (value === "global" || value === "chosen")) return msg(`settings.values.mode.${value}`);
  return String(value);
}

/** The fields that differ between two settings, as text safe to show (keys masked). */
export function diffSettings(before: RecordingSettings, after: RecordingSettings): SettingDifference[] {
  return FIELDS.flatMap((field) => {
    const isSame =
      field === "formats"
        ? [...before.formats].sort().join() === [...after.formats].sort().join()
        : before[field] === after[field];
    if (isSame) return [];
    if (field === "callbackKey" && before.callbackKey && after.callbackKey) {
      return [{ field, before: valueText("set"), after: valueText("differentKey") }];
    }
    return [{ field, before: show(field, before[field]), after: show(field, after[field]) }];
  });
}

/**
 * What the cloud holds differently from the console's settings. Without a callback URL on either
 * side the cloud has no callback template, so a key the console keeps for later has nothing to
 * differ from.
 */
export function diffAgainstCloud(saved: RecordingSettings, cloud: RecordingSettings): SettingDifference[] {
  const hasNoCallbacks = saved.callbackUrl === "" && cloud.callbackUrl === "";
  return diffSettings(saved, cloud).filter((difference) => !(hasNoCallbacks && difference.field === "callbackKey"));
}
