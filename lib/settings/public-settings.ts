import type { RecordingSettings } from "@/lib/schemas/recording-settings";

/** Settings as they may reach the browser: the callback key replaced by whether one is set. */
export type PublicSettings = Omit<RecordingSettings, "callbackKey"> & { hasCallbackKey: boolean };

export function toPublicSettings(settings: RecordingSettings): PublicSettings {
  const { callbackKey, ...rest } = settings;
  return { ...rest, hasCallbackKey: callbackKey !== "" };
}

/** What a console with nothing saved offers in the form: the guide's usual choices. */
export const DEFAULT_RECORDING_SETTINGS: RecordingSettings = {
  enabled: true,
  mode: "global",
  formats: ["hls"],
  maxFileMinutes: 60,
  retentionDays: 0,
  resumeSeconds: 0,
  vodSubAppId: null,
  callbackUrl: "",
  callbackKey: "",
};
