import "server-only";
import type { CloudErrorCode } from "./error-codes";
import TencentCloudSDKHttpException from "tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception";

/** A cloud call that failed, reshaped for people: `message` is safe to show, `cloudCode` to log. */
export class CloudError extends Error {
  constructor(
    readonly code: CloudErrorCode,
    message: string,
    readonly cloudCode: string | undefined,
    readonly requestId: string | undefined,
    readonly isRetryable: boolean,
  ) {
    super(message);
    this.name = "CloudError";
  }
}

const NOT_FOUND_CODES = ["FailedOperation.RoomNotExist", "ResourceNotFound", "FailedOperation.TaskNotExist"];

function fromTencentCode(code: string, requestId: string | undefined): CloudError {
  const make = (appCode: CloudErrorCode, message: string, isRetryable = false) =>
    new CloudError(appCode, message, code, requestId, isRetryable);
  if (code.startsWith("AuthFailure")) {
    return make(
      "CLOUD_AUTH_FAILED",
      code === "AuthFailure.SignatureExpire"
        ? "The cloud rejected the request's timestamp. Check that this server's clock is correct."
        : "The cloud rejected the console's credentials. Check TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY.",
    );
  }
  if (code === "RequestLimitExceeded" || code.startsWith("RequestLimitExceeded.") || code.startsWith("LimitExceeded")) {
    return make("CLOUD_RATE_LIMITED", "The cloud is rate-limiting requests. Wait a moment and try again.", true);
  }
  if (code.startsWith("InternalError")) {
    return make(
      "CLOUD_INTERNAL",
      "The cloud had an internal error. Try again; if it persists, check Tencent Cloud's status.",
      true,
    );
  }
  if (NOT_FOUND_CODES.some((prefix) => code.startsWith(prefix))) {
    return make("CLOUD_NOT_FOUND", "The room, user or task no longer exists. Refresh to see the current state.");
  }
  if (code.startsWith("InvalidParameter") || code.startsWith("MissingParameter") || code === "UnknownParameter") {
    return make("CLOUD_INVALID_PARAMETER", "The cloud rejected a value the console sent. Check the form values.");
  }
  if (code.startsWith("UnauthorizedOperation")) {
    return make(
      "CLOUD_UNAUTHORIZED_OPERATION",
      "The cloud account is not allowed to do this (check the SdkAppId and the account's permissions).",
    );
  }
  return make("CLOUD_OPERATION_FAILED", "The cloud refused the operation. Refresh and try again.");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * Maps anything an SDK call throws to a CloudError: Tencent error codes, HTTP failures, network
 * failures and non-JSON answers (which the SDK does not wrap, reference §1.6).
 */
export function toCloudError(error: unknown): CloudError {
  if (error instanceof CloudError) return error;
  if (error instanceof TencentCloudSDKHttpException) {
    if (error.code) return fromTencentCode(error.code, error.requestId || undefined);
    if (error.httpCode !== undefined) {
      return new CloudError(
        "CLOUD_BAD_RESPONSE",
        `The cloud endpoint answered HTTP ${error.httpCode}. Check TENCENTCLOUD_ENDPOINT.`,
        undefined,
        undefined,
        error.httpCode >= 500,
      );
    }
    return new CloudError(
      "CLOUD_UNREACHABLE",
      "The cloud endpoint cannot be reached. Check the network and TENCENTCLOUD_ENDPOINT (in local mode: is the local cloud running?).",
      undefined,
      undefined,
      true,
    );
  }
  if (isRecord(error) && error.type === "invalid-json") {
    return new CloudError(
      "CLOUD_BAD_RESPONSE",
      "The cloud endpoint answered with something that is not a Tencent Cloud API response. Check TENCENTCLOUD_ENDPOINT.",
      undefined,
      undefined,
      false,
    );
  }
  return new CloudError(
    "CLOUD_BAD_RESPONSE",
    "The cloud endpoint answered in an unexpected shape. Check TENCENTCLOUD_ENDPOINT.",
    undefined,
    undefined,
    false,
  );
}
