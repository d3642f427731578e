export const RECORDING_FORMATS = ["hls", "mp4", "flv", "aac"] as const;
export type RecordingFormat = (typeof RECORDING_FORMATS)[number];
export const RECORDING_MODES = ["global", "chosen"] as const;

/** The ranges of TRTC's recording guide (and of the live API's RecordParam/HlsSpecialParam). */
export const RECORDING_LIMITS = {
  maxFileMinutes: { min: 1, max: 120 },
  retentionDays: { min: 0, max: 1500 },
  resumeSeconds: { min: 0, max: 1800 },
  callbackKeyMaxLength: 32,
} as const;

/** HLS ignores the file length: one file per session. Only then is the field meaningless. */
export function usesFileLength(formats: readonly RecordingFormat[]): boolean {
  return formats.some((format) => format !== "hls");
}
