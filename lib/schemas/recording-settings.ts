import { z } from "zod";
import { RECORDING_FORMATS, RECORDING_MODES } from "./recording-limits";

// Re-exported for the server; client components import them from ./recording-limits, which has no
// zod (a module imported for a constant is bundled whole, zod with it).
export {
  RECORDING_FORMATS,
  RECORDING_LIMITS,
  RECORDING_MODES,
  usesFileLength,
  type RecordingFormat,
} from "./recording-limits";

const int = (field: string, min: number, max: number, unit: string) =>
  z.coerce
    .number({ error: `${field} must be a number from ${min} to ${max} ${unit}.` })
    .int(`${field} must be a whole number of ${unit}.`)
    .min(min, `${field} must be from ${min} to ${max} ${unit}.`)
    .max(max, `${field} must be from ${min} to ${max} ${unit}.`);

const emptyToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

const settingsFields = z.object({
  enabled: z.boolean(),
  mode: z.enum(RECORDING_MODES, { error: "Choose global auto recording or chosen-user recording." }),
  formats: z.array(z.enum(RECORDING_FORMATS, { error: "Formats are HLS, MP4, FLV and AAC." })),
  maxFileMinutes: int("Maximum file length", 1, 120, "minutes"),
  retentionDays: int("Retention", 0, 1500, "days"),
  resumeSeconds: int("Resume timeout", 0, 1800, "seconds"),
  vodSubAppId: z.preprocess(
    emptyToNull,
    z.coerce
      .number({ error: "The VOD sub-application is a number." })
      .int()
      .positive("The VOD sub-application is a positive number.")
      .nullable(),
  ),
  callbackUrl: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.union([
      z.literal(""),
      z.url({ protocol: /^https?$/, error: "The callback URL must start with http:// or https://." }),
    ]),
  ),
  callbackKey: z
    .string()
    .regex(/^[A-Za-z0-9]*$/, "The callback key may contain only letters and digits.")
    .max(32, "The callback key has at most 32 characters."),
});

type CheckedSettings = Pick<z.output<typeof settingsFields>, "enabled" | "formats" | "callbackUrl" | "callbackKey">;

function checkSettings(settings: CheckedSettings, context: z.RefinementCtx, hasStoredKey: boolean): void {
  if (settings.enabled && settings.formats.length === 0) {
    context.addIssue({ code: "custom", path: ["formats"], message: "Choose at least one format to record." });
  }
  if (new Set(settings.formats).size !== settings.formats.length) {
    context.addIssue({ code: "custom", path: ["formats"], message: "Each format can be chosen once." });
  }
  if (settings.callbackUrl && !settings.callbackKey && !hasStoredKey) {
    context.addIssue({
      code: "custom",
      path: ["callbackKey"],
      message: "Set a callback key, so that callbacks can be verified.",
    });
  }
}

/** The settings as applied to the cloud (server side, key resolved). */
export const recordingSettingsSchema = settingsFields.superRefine((settings, context) =>
  checkSettings(settings, context, false),
);

/**
 * The settings form: the stored callback key never reaches the browser, so an empty key field
 * with `keepStoredCallbackKey` means "keep the key the console holds".
 */
export const recordingSettingsFormSchema = settingsFields
  .extend({ keepStoredCallbackKey: z.boolean() })
  .superRefine((settings, context) => checkSettings(settings, context, settings.keepStoredCallbackKey));
export type RecordingSettingsFormInput = z.input<typeof recordingSettingsFormSchema>;

export type RecordingSettings = z.output<typeof recordingSettingsSchema>;
export type RecordingSettingsInput = z.input<typeof recordingSettingsSchema>;
