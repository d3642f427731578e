/** The quality check's problem kinds (lib/health/quality/evaluate.ts) in words. */
const LABELS: Record<string, string> = {
  no_video: "No video track",
  no_audio: "No audio track",
  truncated: "Shorter than the recording",
  av_offset: "Audio and video start apart",
  av_drift: "Audio and video drift apart",
  silence: "Silence",
  frozen: "Frozen picture",
  black: "Black picture",
  decode_errors: "Decode errors",
};

export const qualityProblemLabel = (kind: string): string => LABELS[kind] ?? kind;

/** Seconds into the file as m:ss. */
export function fileOffset(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
