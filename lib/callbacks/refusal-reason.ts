/**
 * Why a delivery was refused, as a fixed word: refusals are counted per source address and
 * reason, and a reason's message carries values (an SdkAppId, a time) that would make every
 * refusal a group of its own.
 */
export const REFUSAL_REASONS = [
  "body-too-large",
  "not-json",
  "too-deep",
  "no-app",
  "unknown-app",
  "no-key",
  "no-signature",
  "bad-signature",
  "expired",
  "no-timestamp",
  "stale",
  "ahead",
  "rate-limited",
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];
