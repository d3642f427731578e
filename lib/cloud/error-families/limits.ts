import { isReadAction, type CloudAction } from "../cloud-action";
import { callName, type ErrorFamily } from "./mapped-error";

const isRateLimit = (code: string) =>
  code === "RequestLimitExceeded" ||
  code.startsWith("RequestLimitExceeded.") ||
  code === "LimitExceeded.RateLimitExceeded";

function rateLimitMessage(action: CloudAction | undefined): string {
  const call = callName(action);
  return action && isReadAction(action)
    ? `Tencent Cloud kept rate-limiting ${call} (at most 20 requests a second per action) while the console backed off and retried. Wait a few seconds and refresh.`
    : `Tencent Cloud is rate-limiting ${call} (at most 20 requests a second per action), so nothing was changed. Wait a few seconds and try again.`;
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
      message:
        "The application already runs as many cloud-recording tasks at once as TRTC allows (100 per app by default). Stop a task, or ask Tencent Cloud to raise the limit, then try again.",
    };
  }
  if (code === "LimitExceeded.MaximumRunningTask") {
    return {
      code: "CLOUD_OPERATION_FAILED",
      message: `${callName(action)} would run more tasks at once than the account may. Stop one, then try again.`,
    };
  }
  if (code === "LimitExceeded" || code.startsWith("LimitExceeded.")) {
    return {
      code: "CLOUD_OPERATION_FAILED",
      message: `${callName(action)} would pass one of the account's Tencent Cloud quotas. Remove what is no longer needed, or ask Tencent Cloud to raise the quota.`,
    };
  }
  return null;
};
