import { msg } from "@/lib/i18n/message";
import { isReadAction, type CloudAction } from "../cloud-action";
import { callName, type ErrorFamily } from "./mapped-error";

const isRateLimit = (code: string) =>
  code === "RequestLimitExceeded" ||
  code.startsWith("RequestLimitExceeded.") ||
  code === "LimitExceeded.RateLimitExceeded";

function rateLimitMessage(action: CloudAction | undefined): string {
  const call = callName(action);
  return action && isReadAction(action)
    ? msg("cloudErrors.limits.rateLimitedRead", { call })
    : msg("cloudErrors.limits.rateLimitedWrite", { call });
}

/**
 * Rate limits (RequestLimitExceeded: retried by reads with backoff, reported by writes) and
 * quotas (LimitExceeded.*, the 100 concurrent tasks per app), which waiting does not lift.
 */
export const limitErrors: ErrorFamily = ({ code, action }) => {
  if (isRateLimit(code)) return { code: "CLOUD_RATE_LIMITED", message: rateLimitMessage(action), isRetryable: true };
  if (code === "FailedOperation.RestrictedConcurrency") {
    return {
      code: "CLOUD_OPERATION_FAILED",
      message: msg("cloudErrors.limits.restrictedConcurrency"),
    };
  }
  if (code === "LimitExceeded.MaximumRunningTask") {
    return {
      code: "CLOUD_OPERATION_FAILED",
      message: msg("cloudErrors.limits.maximumRunningTask", { call: callName(action) }),
    };
  }
  if (code === "LimitExceeded" || code.startsWith("LimitExceeded.")) {
    return {
      code: "CLOUD_OPERATION_FAILED",
      message: msg("cloudErrors.limits.quota", { call: callName(action) }),
    };
  }
  return null;
};
