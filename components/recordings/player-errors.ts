import { msg } from "@/lib/i18n/message";

/**
 * What went wrong with playback, in words a person can act on (as `msg` strings, put into words
 * by the player). Kept apart from the player so the wording for each library's errors is
 * testable without a browser.
 */

const MEDIA_ELEMENT_REASONS: Record<number, "aborted" | "network" | "decode" | "missing"> = {
  1: "aborted",
  2: "network",
  3: "decode",
  4: "missing",
};

/** `<video>`/`<audio>` errors (MediaError codes 1–4). */
export function mediaElementProblem(kind: "video" | "audio", code: number | null): string {
  const reason = (code !== null && MEDIA_ELEMENT_REASONS[code]) || "none";
  return msg("recordings.player.mediaElement", { kind, reason: msg(`recordings.player.reasons.${reason}`) });
}

/** hls.js fatal errors: `details` names the failing step (manifestLoadError, fragLoadError, …). */
export function hlsProblem(details: string, httpStatus: number | null): string {
  return httpStatus
    ? msg("recordings.player.hlsStatus", { details, status: httpStatus })
    : msg("recordings.player.hlsFailed", { details });
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
    if (typeof code === "number" && code > 0) return msg("recordings.player.flvStatus", { status: code });
    // A refused cross-origin answer (an error page without CORS headers) shows up as an exception.
    const reason = typeof message === "string" && message ? `${String(detail)}: ${message}` : String(detail);
    return msg("recordings.player.flvUnreachable", { reason });
  }
  if (type === "MediaError") return msg("recordings.player.flvNotPlayable", { detail: String(detail) });
  return msg("recordings.player.flvFailed", { detail: String(detail) });
}
