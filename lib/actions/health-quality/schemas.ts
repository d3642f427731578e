import { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { QUALITY_THRESHOLD_FIELDS, type QualityThresholdKey } from "./threshold-fields";

/** A form sends text: blank is "missing" (not 0, which `Number("")` would make it), text is parsed. */
const fromText = (value: unknown) =>
  typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.trim())) : value;

function thresholdValue(key: QualityThresholdKey) {
  const field = QUALITY_THRESHOLD_FIELDS.find((candidate) => candidate.key === key);
  if (!field) throw new Error(`No form field describes the quality threshold ${key}.`);
  // Bounds as written (no grouping), as the form's hints write them.
  const values = {
    field: msg(`health.thresholds.fields.${key}.label`),
    min: String(field.min),
    max: String(field.max),
    unit: msg(`health.thresholds.units.${field.unit}`),
  };
  const outOfRange = msg("health.thresholds.outOfRange", values);
  return z.preprocess(
    fromText,
    z
      .number({ error: msg("health.thresholds.notNumber", values) })
      .min(field.min, outOfRange)
      .max(field.max, outOfRange),
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
  fileId: z
    .string({ error: msg("health.quality.errors.notAFileId") })
    .regex(/^\d{1,40}$/, msg("health.quality.errors.notAFileId")),
});
