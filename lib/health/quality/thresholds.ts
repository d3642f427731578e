import { z } from "zod";

/** What counts as a problem; `console_settings.quality_thresholds` overrides any of them. */
export const DEFAULT_QUALITY_THRESHOLDS = {
  /** Audio quieter than this (dBFS) counts as silent. */
  silenceNoiseDb: -50,
  silenceMinSec: 10,
  freezeMinSec: 10,
  blackMinSec: 5,
  /** A file shorter than the span it covered by this much at its start or end. */
  truncationMinSec: 5,
  /** Audio vs video start time difference, and difference of their durations. */
  offsetMinSec: 0.5,
  driftMinSec: 0.5,
} as const;

export type QualityThresholds = { -readonly [K in keyof typeof DEFAULT_QUALITY_THRESHOLDS]: number };

const seconds = z.number().finite().min(0).max(86_400);

export const qualityThresholdsSchema = z.object({
  silenceNoiseDb: z.number().finite().min(-120).max(0),
  silenceMinSec: seconds,
  freezeMinSec: seconds,
  blackMinSec: seconds,
  truncationMinSec: seconds,
  offsetMinSec: seconds,
  driftMinSec: seconds,
});

/** The stored overrides on top of the defaults; a stored value that is not valid is ignored, not fatal. */
export function effectiveThresholds(stored: Record<string, number> | null | undefined): QualityThresholds {
  const merged: QualityThresholds = { ...DEFAULT_QUALITY_THRESHOLDS };
  for (const key of Object.keys(DEFAULT_QUALITY_THRESHOLDS) as Array<keyof QualityThresholds>) {
    const value = stored?.[key];
    const parsed = qualityThresholdsSchema.shape[key].safeParse(value);
    if (value !== undefined && parsed.success) merged[key] = parsed.data;
  }
  return merged;
}
