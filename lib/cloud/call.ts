import "server-only";
import { toCloudError } from "./errors";

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
}

const READ_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 200 };

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a read against the cloud, retrying rate-limit and internal errors with exponential backoff
 * (Tencent's recording guide asks callers to retry InternalError). Throws a CloudError.
 */
export async function cloudRead<T>(call: () => Promise<T>, policy: RetryPolicy = READ_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (raw) {
      const error = toCloudError(raw);
      const isLastAttempt = attempt >= policy.attempts;
      if (!error.isRetryable || isLastAttempt || error.code === "CLOUD_UNREACHABLE") throw error;
      await delay(policy.baseDelayMs * 2 ** (attempt - 1));
    }
  }
}

/**
 * Runs a mutation against the cloud once: a retried write could act twice. Throws a CloudError.
 */
export async function cloudWrite<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (raw) {
    throw toCloudError(raw);
  }
}
