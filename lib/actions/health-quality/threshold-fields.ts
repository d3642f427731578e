import {
  DEFAULT_QUALITY_THRESHOLDS,
  qualityThresholdsSchema,
  type QualityThresholds,
} from "@/lib/health/quality/thresholds";

export type QualityThresholdKey = keyof QualityThresholds;

export interface QualityThresholdField {
  key: QualityThresholdKey;
  /** Names the value in a sentence ("Silence level is …") and, with the unit, labels the input. */
  label: string;
  unit: "dBFS" | "s";
  min: number;
  max: number;
  defaultValue: number;
  /** What the value decides, under the input. */
  hint: string;
}

const META: Record<QualityThresholdKey, Pick<QualityThresholdField, "label" | "unit" | "hint">> = {
  silenceNoiseDb: { label: "Silence level", unit: "dBFS", hint: "Audio quieter than this counts as silent." },
  silenceMinSec: { label: "Silence length", unit: "s", hint: "Silence at least this long is a problem." },
  freezeMinSec: { label: "Frozen picture length", unit: "s", hint: "A still picture at least this long." },
  blackMinSec: { label: "Black picture length", unit: "s", hint: "A black picture at least this long." },
  truncationMinSec: {
    label: "Truncation",
    unit: "s",
    hint: "The file misses at least this much of the span it covered, at its start or end.",
  },
  offsetMinSec: { label: "A/V start offset", unit: "s", hint: "Audio and video start at least this far apart." },
  driftMinSec: { label: "A/V drift", unit: "s", hint: "Audio and video durations differ by at least this much." },
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
    ...META[key],
    min: bounds.minValue ?? Number.NEGATIVE_INFINITY,
    max: bounds.maxValue ?? Number.POSITIVE_INFINITY,
    defaultValue: DEFAULT_QUALITY_THRESHOLDS[key],
  };
});
