import "server-only";
import type { CloudAction } from "./cloud-action";
import { toCloudError } from "./errors";
import { backoffDelayMs, isRetryableRead, READ_RETRY, type RetryPolicy } from "./retry-policy";

export type { CloudAction };

/** What a read's retries depend on; tests pass a fixed `random` and a `sleep` that only records. */
export interface ReadOptions {
  policy?: RetryPolicy;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a read against the cloud: on a rate limit or a transient internal error it backs off with
 * jitter and tries again, up to the policy's attempts. Throws a CloudError naming the action.
 */
export async function cloudRead<T>(action: CloudAction, call: () => Promise<T>, options: ReadOptions = {}): Promise<T> {
  const { policy = READ_RETRY, random = Math.random, sleep = sleepFor } = options;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (raw) {
      const error = toCloudError(raw, action);
      if (attempt >= policy.maxAttempts || !isRetryableRead(error)) throw error;
      await sleep(backoffDelayMs(attempt, policy, random));
    }
  }
}

/**
 * Runs a mutation against the cloud once, whatever fails: a retried write could act twice, and
 * a rate-limited one is better reported than delayed. Throws a CloudError naming the action.
 */
export async function cloudWrite<T>(action: CloudAction, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (raw) {
    throw toCloudError(raw, action);
  }
}
