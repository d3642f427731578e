import { z } from "zod";
import { QUALITY_THRESHOLD_FIELDS, type QualityThresholdKey } from "./threshold-fields";

/** A form sends text: blank is "missing" (not 0, which `Number("")` would make it), text is parsed. */
const fromText = (value: unknown) =>
  typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.trim())) : value;

function thresholdValue(key: QualityThresholdKey) {
  const field = QUALITY_THRESHOLD_FIELDS.find((candidate) => candidate.key === key);
  if (!field) throw new Error(`No form field describes the quality threshold ${key}.`);
  const bounds = `${field.min} to ${field.max} ${field.unit}`;
  return z.preprocess(
    fromText,
    z
      .number({ error: `${field.label} must be a number, ${bounds}.` })
      .min(field.min, `${field.label} is ${bounds}.`)
      .max(field.max, `${field.label} is ${bounds}.`),
  );
}

/** Every threshold, as the form sends it (text or numbers); each field's error says what is allowed. */
export const saveQualityThresholdsSchema = z.strictObject({
  silenceNoiseDb: thresholdValue("silenceNoiseDb"),
  silenceMinSec: thresholdValue("silenceMinSec"),
  freezeMinSec: thresholdValue("freezeMinSec"),
  blackMinSec: thresholdValue("blackMinSec"),
  truncationMinSec: thresholdValue("truncationMinSec"),
  offsetMinSec: thresholdValue("offsetMinSec"),
  driftMinSec: thresholdValue("driftMinSec"),
});
export type SaveQualityThresholdsInput = z.input<typeof saveQualityThresholdsSchema>;

export const resetQualityThresholdsSchema = z.strictObject({});

export const checkAgainSchema = z.strictObject({
  fileId: z.string({ error: "Not a VOD FileId." }).regex(/^\d{1,40}$/, "Not a VOD FileId."),
});
