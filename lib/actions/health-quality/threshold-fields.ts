import {
  DEFAULT_QUALITY_THRESHOLDS,
  qualityThresholdsSchema,
  type QualityThresholds,
} from "@/lib/health/quality/thresholds";

export type QualityThresholdKey = keyof QualityThresholds;

/** A threshold's unit; its word is the catalog's `health.thresholds.units`. */
export type QualityThresholdUnit = "dBFS" | "s";

/**
 * A threshold as a form field. Its name (which also starts the field's error: "Silence level is …")
 * and the hint under the input are the catalog's `health.thresholds.fields.<key>`.
 */
export interface QualityThresholdField {
  key: QualityThresholdKey;
  unit: QualityThresholdUnit;
  min: number;
  max: number;
  defaultValue: number;
}

const UNIT: Record<QualityThresholdKey, QualityThresholdUnit> = {
  silenceNoiseDb: "dBFS",
  silenceMinSec: "s",
  freezeMinSec: "s",
  blackMinSec: "s",
  truncationMinSec: "s",
  offsetMinSec: "s",
  driftMinSec: "s",
};

/**
 * The thresholds as form fields, in the order the form shows them. The bounds are read off
 * `qualityThresholdsSchema`, the schema the worker applies to stored values, so the form never
 * accepts a value the worker would then ignore.
 */
export const QUALITY_THRESHOLD_FIELDS: readonly QualityThresholdField[] = (
  Object.keys(DEFAULT_QUALITY_THRESHOLDS) as QualityThresholdKey[]
).map((key) => {
  const bounds = qualityThresholdsSchema.shape[key];
  return {
    key,
    unit: UNIT[key],
    min: bounds.minValue ?? Number.NEGATIVE_INFINITY,
    max: bounds.maxValue ?? Number.POSITIVE_INFINITY,
    defaultValue: DEFAULT_QUALITY_THRESHOLDS[key],
  };
});
