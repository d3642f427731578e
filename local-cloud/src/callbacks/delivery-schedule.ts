import type { CallbackSigning } from "../recording/contracts";

/** When a delivery is tried again, and how long one try may take: each cloud has its own. */
export interface DeliverySchedule {
  /** A receiver that has not answered by then has failed this try. */
  timeoutMs: number;
  /**
   * When to try again after `failedAttempts` tries have failed, the last one ending at `nowMs`, for
   * an event created at `createdAtMs`; null when the cloud gives up on it.
   */
  nextAttemptAt(failedAttempts: number, createdAtMs: number, nowMs: number): number | null;
}

/** CSS (events 100, 332): ~20 s to answer, up to 12 tries a minute apart (reference §4.3, intl 267/32744). */
export function cssSchedule(options: {
  retryIntervalMs: number;
  maxAttempts: number;
  timeoutMs?: number;
}): DeliverySchedule {
  return {
    timeoutMs: options.timeoutMs ?? 20_000,
    nextAttemptAt: (failedAttempts, _createdAtMs, nowMs) =>
      failedAttempts >= options.maxAttempts ? null : nowMs + options.retryIntervalMs,
  };
}

/** TRTC's documented numbers (trtc.io 39558, cloud.tencent.com 647/51586). */
export const TRTC_TIMEOUT_MS = 5_000;
export const TRTC_RETRY_INTERVAL_MS = 10_000;
export const TRTC_MAX_AGE_MS = 60_000;

/**
 * TRTC (event groups 1–3): 5 s to answer; after the first failure one immediate retry, then every
 * 10 s until the message is more than a minute old, then it is dropped.
 */
export function trtcSchedule(
  options: { retryIntervalMs?: number; maxAgeMs?: number; timeoutMs?: number } = {},
): DeliverySchedule {
  const retryIntervalMs = options.retryIntervalMs ?? TRTC_RETRY_INTERVAL_MS;
  const maxAgeMs = options.maxAgeMs ?? TRTC_MAX_AGE_MS;
  return {
    timeoutMs: options.timeoutMs ?? TRTC_TIMEOUT_MS,
    nextAttemptAt: (failedAttempts, createdAtMs, nowMs) => {
      const next = failedAttempts === 1 ? nowMs : nowMs + retryIntervalMs;
      return next - createdAtMs > maxAgeMs ? null : next;
    },
  };
}

/** The schedule of a delivery follows who signs it: CSS's for CSS events, TRTC's for TRTC's. */
export function scheduleFor(
  signing: CallbackSigning,
  schedules: { css: DeliverySchedule; trtc: DeliverySchedule },
): DeliverySchedule {
  return signing.kind === "css" ? schedules.css : schedules.trtc;
}
