import type { CloudError } from "./errors";

/** How a read backs off: up to `maxAttempts` calls, waits growing from `baseDelayMs` up to `maxDelayMs`. */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * TRTC allows 20 requests a second per action (reference §8): waits of a quarter second growing to
 * two seconds spread a burst over the next few windows, and five attempts give up within about 4 s.
 */
export const READ_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 250, maxDelayMs: 2_000 };

/**
 * The wait before retry number `retry` (1 for the first retry): "full jitter", a uniform random
 * wait below the capped exponential, so that callers rate-limited together do not retry together.
 * `random` is Math.random in use and fixed in tests.
 */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Whether a failed read may succeed if sent again: rate limits, the internal errors Tencent's
 * guide says to retry (isRetryable, set per code in the error mapping) and 5xx answers. Business
 * errors (CSS sends some as InternalError.*) and unreachable endpoints are not retried.
 */
export const isRetryableRead = (error: CloudError): boolean => error.isRetryable && error.code !== "CLOUD_UNREACHABLE";
