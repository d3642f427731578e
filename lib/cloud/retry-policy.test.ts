import { describe, expect, it } from "vitest";
import { backoffDelayMs, READ_RETRY, type RetryPolicy } from "./retry-policy";

const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 250, maxDelayMs: 2_000 };

describe("the read backoff schedule (full jitter)", () => {
  it("waits at most the capped exponential: 250, 500, 1000, 2000, 2000 ms", () => {
    const almostOne = () => 0.999_999;
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelayMs(retry, policy, almostOne))).toEqual([
      249, 499, 999, 1999, 1999,
    ]);
  });

  it("draws each wait uniformly below its ceiling, so rate-limited callers spread out", () => {
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(3, policy, () => 0.25)).toBe(250);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(500);
  });

  it("gives up within a few seconds: the worst case of the default policy is under 4 s", () => {
    const worst = [1, 2, 3, 4].reduce((sum, retry) => sum + backoffDelayMs(retry, READ_RETRY, () => 1), 0);
    expect(READ_RETRY.maxAttempts).toBe(5);
    expect(worst).toBe(3_750);
  });
});
