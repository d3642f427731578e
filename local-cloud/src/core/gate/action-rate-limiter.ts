import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { ServiceName } from "@shared/local-cloud-account";
import { ApiError } from "../api-error";
import { requestsPerSecondOf } from "./documented-rate-limits";

/**
 * Tencent's answer past an action's limit: the common code `RequestLimitExceeded`, with the
 * message its API gateway sends (seen in real SDK errors, e.g. "Your current request times equals
 * to `21` in a second, which exceeds the frequency limit `20` for a second.").
 */
export const requestLimitExceeded = (requests: number, limit: number) =>
  new ApiError(
    "RequestLimitExceeded",
    `Your current request times equals to \`${requests}\` in a second, which exceeds the frequency limit \`${limit}\` for a second. Please reduce the frequency of calls.`,
  );

/**
 * Counts requests per action and SecretId in one-second windows, as Tencent's gateway does ("the
 * first 20 requests of each second reach the backend", doc 1278/109059). Every request that gets
 * this far counts, refused ones included: the gateway counts on arrival.
 */
export class ActionRateLimiter {
  private readonly limiters = new Map<string, { limiter: RateLimiterMemory; limit: number }>();

  constructor(private readonly overrides: Readonly<Record<string, number>> = {}) {
    for (const [camAction, limit] of Object.entries(overrides)) {
      if (!/^(trtc|vod|live):[A-Za-z]+$/.test(camAction) || !Number.isSafeInteger(limit) || limit < 1)
        throw new Error(
          `rateLimits: \`${camAction}: ${limit}\` must map "trtc|vod|live:<Action>" to a whole number of requests a second (≥ 1)`,
        );
    }
  }

  /** Resolves when the call is within its limit; throws `RequestLimitExceeded` otherwise. */
  async admit(service: ServiceName, action: string, secretId: string): Promise<void> {
    const { limiter, limit } = this.limiterOf(service, action);
    try {
      await limiter.consume(secretId);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw requestLimitExceeded(error.consumedPoints, limit);
      throw error;
    }
  }

  private limiterOf(service: ServiceName, action: string) {
    const key = `${service}:${action}`;
    let entry = this.limiters.get(key);
    if (!entry) {
      const limit = requestsPerSecondOf(service, action, this.overrides);
      entry = { limiter: new RateLimiterMemory({ keyPrefix: key, points: limit, duration: 1 }), limit };
      this.limiters.set(key, entry);
    }
    return entry;
  }
}
