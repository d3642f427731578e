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

/**
 * What the callback fields warn about before saving (they are not refused). Tencent's recording
 * callback key is optional: without one the callbacks come unsigned. This console's own receiver
 * verifies every signature, so it refuses them all then. A stored key kept without a URL sends
 * nothing. A key typed without a URL is refused by the form's schema instead.
 */
export type CallbackPairingWarning = "ownReceiverNoKey" | "noKey" | "storedKeyNoUrl";

export function callbackPairingWarning(fields: {
  callbackUrl: string;
  callbackKey: string;
  hasStoredKey: boolean;
  /** The console's own recording-callback receiver (reachable by the cloud or not). */
  ownReceiverUrl: string;
}): CallbackPairingWarning | null {
  const url = fields.callbackUrl.trim();
  const hasKey = fields.callbackKey !== "" || fields.hasStoredKey;
  if (url && !hasKey) return url === fields.ownReceiverUrl ? "ownReceiverNoKey" : "noKey";
  if (!url && fields.callbackKey === "" && fields.hasStoredKey) return "storedKeyNoUrl";
  return null;
}
