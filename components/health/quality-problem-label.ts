/** The quality check's problem kinds (lib/health/quality/evaluate.ts); their words are `health.problems`. */
export const QUALITY_PROBLEM_KINDS = [
  "no_video",
  "no_audio",
  "truncated",
  "av_offset",
  "av_drift",
  "silence",
  "frozen",
  "black",
  "decode_errors",
] as const;
export type QualityProblemKind = (typeof QUALITY_PROBLEM_KINDS)[number];

/** A kind this console words; a stored kind of a later version is shown as it is. */
export const isQualityProblemKind = (kind: string): kind is QualityProblemKind =>
  (QUALITY_PROBLEM_KINDS as readonly string[]).includes(kind);

/** Seconds into the file as m:ss. */
export function fileOffset(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
