import type { RecordingSettings } from "@/lib/schemas/recording-settings";

export interface SettingDifference {
  field: keyof RecordingSettings;
  before: string;
  after: string;
}

const LABELS: Record<keyof RecordingSettings, string> = {
  enabled: "Cloud recording",
  mode: "Recording form",
  formats: "Formats",
  maxFileMinutes: "Maximum file length (min)",
  retentionDays: "Retention (days)",
  resumeSeconds: "Resume timeout (s)",
  vodSubAppId: "VOD sub-application",
  callbackUrl: "Callback URL",
  callbackKey: "Callback key",
};

export const settingLabel = (field: keyof RecordingSettings) => LABELS[field];

function show(field: keyof RecordingSettings, value: RecordingSettings[keyof RecordingSettings]): string {
  // The key is a secret: a difference is shown, never the value.
  if (field === "callbackKey") return value ? "(set)" : "(none)";
  if (Array.isArray(value)) return [...value].sort().join(", ") || "(none)";
  if (value === null || value === "") return "(none)";
  if (typeof value === "boolean") return value ? "on" : "off";
  return String(value);
}

/** The fields that differ between two settings, as text safe to show (keys masked). */
export function diffSettings(before: RecordingSettings, after: RecordingSettings): SettingDifference[] {
  const fields = Object.keys(LABELS) as Array<keyof RecordingSettings>;
  return fields.flatMap((field) => {
    const isSame =
      field === "formats"
        ? [...before.formats].sort().join() === [...after.formats].sort().join()
        : before[field] === after[field];
    if (isSame) return [];
    if (field === "callbackKey" && before.callbackKey && after.callbackKey) {
      return [{ field, before: "(set)", after: "(a different key)" }];
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
