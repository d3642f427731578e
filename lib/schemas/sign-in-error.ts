import { msg } from "@/lib/i18n/message";

/**
 * What the sign-in endpoint answers when it refuses an attempt before looking at the password.
 * next-auth passes the message of an error thrown in `authorize` to `signIn()` as `error`, so the
 * code travels as text: `THROTTLED:<seconds>`. The server writes it, the login form reads it.
 */
const THROTTLED_PREFIX = "THROTTLED:";

export function signInThrottledCode(retryAfterSeconds: number): string {
  return `${THROTTLED_PREFIX}${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

/** Seconds to wait, when `error` is a throttle refusal; null for any other sign-in error. */
export function throttledRetryAfterSeconds(error: string | null | undefined): number | null {
  if (!error?.startsWith(THROTTLED_PREFIX)) return null;
  const seconds = Number(error.slice(THROTTLED_PREFIX.length));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

/** "Too many failed sign-ins: try again in N minutes", rounded up to whole minutes (a `msg`). */
export function throttledMessage(retryAfterSeconds: number): string {
  return msg("signIn.throttled", { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
}
