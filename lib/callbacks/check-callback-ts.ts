import { dateFromUnixMs } from "./unix-time";
import type { SignatureCheck } from "./verify-css-signature";

/**
 * How old a TRTC delivery may be. `CallbackTs` is when TRTC sent this attempt (trtc.io 39558) and
 * TRTC gives up a minute after the first try, so a real delivery is never near this old: an older
 * one is a captured body sent again, refused even though its signature (which never expires) holds.
 */
export const MAX_CALLBACK_AGE_MS = 10 * 60_000;

/**
 * How far ahead of this server's clock a delivery may be. Ahead means only that two clocks
 * disagree; 5 minutes is the skew Tencent itself allows its API requests (reference §1.4: an
 * `X-TC-Timestamp` more than 5 minutes off is `AuthFailure.SignatureExpire`). A larger bound would
 * let a body stamped far ahead be replayed for that much longer.
 */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

function readableSpan(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

function shown(ms: number): string {
  return `${ms} (${dateFromUnixMs(ms)?.toISOString() ?? "not a time"})`;
}

/** The sending time of a TRTC body, or null when it has none a clock can use. */
export function callbackTsOf(body: Record<string, unknown>): number | null {
  const value = body.CallbackTs;
  const ms = typeof value === "string" && /^\d{1,16}$/.test(value) ? Number(value) : value;
  return typeof ms === "number" && Number.isSafeInteger(ms) && ms > 0 ? ms : null;
}

/** Refuses a TRTC delivery sent more than 10 minutes ago, or stamped more than 5 minutes ahead. */
export function checkCallbackTs(body: Record<string, unknown>, nowMs: number): SignatureCheck {
  const sentMs = callbackTsOf(body);
  if (sentMs === null)
    return {
      valid: false,
      reason: "no-timestamp",
      problem: "The body has no numeric `CallbackTs` (the sending time, in ms, TRTC puts in every callback).",
    };
  const age = nowMs - sentMs;
  if (age > MAX_CALLBACK_AGE_MS)
    return {
      valid: false,
      reason: "stale",
      problem: `\`CallbackTs\` ${shown(sentMs)} was ${readableSpan(age)} ago: deliveries older than 10 minutes are refused as replays (TRTC stops retrying after a minute).`,
    };
  if (-age > MAX_CLOCK_SKEW_MS)
    return {
      valid: false,
      reason: "ahead",
      problem: `\`CallbackTs\` ${shown(sentMs)} is ${readableSpan(-age)} ahead of this server's clock: more than 5 minutes ahead is refused. Check the server's clock (NTP).`,
    };
  return { valid: true };
}
