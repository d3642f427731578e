/**
 * What went wrong with playback, in words a person can act on. Kept apart from the player so the
 * wording for each library's errors is testable without a browser.
 */

const MEDIA_ELEMENT_REASONS: Record<number, string> = {
  1: "playback was aborted",
  2: "the network failed while loading it",
  3: "the file could not be decoded",
  4: "the file is missing or its format is not supported (it may have been deleted or have expired)",
};

/** `<video>`/`<audio>` errors (MediaError codes 1–4). */
export function mediaElementProblem(kind: "video" | "audio", code: number | null): string {
  const reason = (code !== null && MEDIA_ELEMENT_REASONS[code]) || "the browser gave no reason";
  return `The ${kind} could not be played: ${reason}.`;
}

/** hls.js fatal errors: `details` names the failing step (manifestLoadError, fragLoadError, …). */
export function hlsProblem(details: string, httpStatus: number | null): string {
  return httpStatus
    ? `HLS playback failed: ${details} (HTTP ${httpStatus}); the recording may have been deleted or have expired.`
    : `HLS playback failed: ${details}.`;
}

/**
 * mpegts.js errors, given as (type, detail, info): NetworkError with HttpStatusCodeInvalid and the
 * status in `info.code`, MediaError when the bytes are not FLV it can play, OtherError otherwise.
 */
export function flvProblem(type: unknown, detail: unknown, info: unknown): string {
  const field = (name: string) =>
    info !== null && typeof info === "object" && name in info ? (info as Record<string, unknown>)[name] : undefined;
  const code = field("code");
  const message = field("msg");
  if (type === "NetworkError") {
    if (typeof code === "number" && code > 0) {
      return `The FLV file could not be loaded (HTTP ${code}); the recording may have been deleted or have expired.`;
    }
    // A refused cross-origin answer (an error page without CORS headers) shows up as an exception.
    const reason = typeof message === "string" && message ? `${String(detail)}: ${message}` : String(detail);
    return `The FLV file could not be loaded (${reason}); the recording may have been deleted or have expired, or VOD cannot be reached.`;
  }
  if (type === "MediaError") return `The FLV file could not be played: ${String(detail)}.`;
  return `FLV playback failed: ${String(detail)}.`;
}
