import { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { RECORDING_FORMATS, RECORDING_MODES } from "./recording-limits";

// Re-exported for the server; client components import them from ./recording-limits, which has no
// zod (a module imported for a constant is bundled whole, zod with it).
export {
  RECORDING_FORMATS,
  RECORDING_LIMITS,
  RECORDING_MODES,
  usesFileLength,
  callbackPairingWarning,
  type CallbackPairingWarning,
  type RecordingFormat,
} from "./recording-limits";

type LimitField = "maxFileMinutes" | "retentionDays" | "resumeSeconds";

/** A whole number in the guide's range; messages name the field and unit in the viewer's language. */
const int = (name: LimitField, min: number, max: number, unit: "minutes" | "days" | "seconds") => {
  // Numbers as the form's hints write them (no grouping: "1500", not "1,500").
  const values = { field: msg(`settings.errors.fieldNames.${name}`), min: String(min), max: String(max), unit };
  const range = msg("settings.errors.range", values);
  return z.coerce
    .number({ error: msg("settings.errors.notANumber", values) })
    .int(msg("settings.errors.notWhole", values))
    .min(min, range)
    .max(max, range);
};

const emptyToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

const settingsFields = z.object({
  enabled: z.boolean(),
  mode: z.enum(RECORDING_MODES, { error: msg("settings.errors.mode") }),
  formats: z.array(z.enum(RECORDING_FORMATS, { error: msg("settings.errors.formatsKnown") })),
  maxFileMinutes: int("maxFileMinutes", 1, 120, "minutes"),
  retentionDays: int("retentionDays", 0, 1500, "days"),
  resumeSeconds: int("resumeSeconds", 0, 1800, "seconds"),
  vodSubAppId: z.preprocess(
    emptyToNull,
    z.coerce
      .number({ error: msg("settings.errors.subAppNumber") })
      .int()
      .positive(msg("settings.errors.subAppPositive"))
      .nullable(),
  ),
  callbackUrl: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.union([z.literal(""), z.url({ protocol: /^https?$/, error: msg("settings.errors.callbackUrl") })]),
  ),
  callbackKey: z
    .string()
    .regex(/^[A-Za-z0-9]*$/, msg("settings.errors.callbackKeyCharacters"))
    .max(32, msg("settings.errors.callbackKeyLength")),
});

type CheckedSettings = Pick<z.output<typeof settingsFields>, "enabled" | "formats">;

function checkFormats(settings: CheckedSettings, context: z.RefinementCtx): void {
  if (settings.enabled && settings.formats.length === 0) {
    context.addIssue({ code: "custom", path: ["formats"], message: msg("settings.errors.formatsRequired") });
  }
  if (new Set(settings.formats).size !== settings.formats.length) {
    context.addIssue({ code: "custom", path: ["formats"], message: msg("settings.errors.formatsOnce") });
  }
}

/**
 * The settings as applied to the cloud (server side, key resolved). A URL without a key is allowed:
 * Tencent's callback key is optional (callbacks then come unsigned), and the form warns about it.
 * A stored key without a URL is allowed too (kept for later; history entries hold such saves).
 */
export const recordingSettingsSchema = settingsFields.superRefine(checkFormats);

/**
 * The settings form: the stored callback key never reaches the browser, so an empty key field
 * with `keepStoredCallbackKey` means "keep the key the console holds". A key typed without a URL
 * is refused: it would be saved, and no callback would ever be sent (issue 15).
 */
export const recordingSettingsFormSchema = settingsFields
  .extend({ keepStoredCallbackKey: z.boolean() })
  .superRefine((settings, context) => {
    checkFormats(settings, context);
    if (settings.callbackKey && !settings.callbackUrl) {
      context.addIssue({
        code: "custom",
        path: ["callbackUrl"],
        message: msg("settings.errors.callbackKeyWithoutUrl"),
      });
    }
  });
export type RecordingSettingsFormInput = z.input<typeof recordingSettingsFormSchema>;

export type RecordingSettings = z.output<typeof recordingSettingsSchema>;
export type RecordingSettingsInput = z.input<typeof recordingSettingsSchema>;
