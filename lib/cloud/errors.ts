import "server-only";
import TencentCloudSDKHttpException from "tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception";
import type { CloudAction } from "./cloud-action";
import type { CloudErrorCode } from "./error-codes";
import { mapTencentFailure } from "./error-families";
import { msg } from "@/lib/i18n/message";

/**
 * A cloud call that failed, reshaped for people: `message` is safe to show and says what to do
 * (made with `msg`: put it into words with messageText / useMessageText where it is shown);
 * `cloudCode`, `action` and `requestId` are for logs; `cloudMessage` is Tencent's own text, read
 * on the server only (to find the field a range error names), never sent to the browser.
 */
export class CloudError extends Error {
  constructor(
    readonly code: CloudErrorCode,
    message: string,
    readonly cloudCode: string | undefined,
    readonly requestId: string | undefined,
    readonly isRetryable: boolean,
    readonly action?: CloudAction,
    readonly cloudMessage = "",
  ) {
    super(message);
    this.name = "CloudError";
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function fromSdkException(error: TencentCloudSDKHttpException, action: CloudAction | undefined): CloudError {
  if (error.code) {
    const requestId = error.requestId || undefined;
    const mapped = mapTencentFailure({ code: error.code, action, requestId, rawMessage: error.message });
    return new CloudError(
      mapped.code,
      mapped.message,
      error.code,
      requestId,
      mapped.isRetryable ?? false,
      action,
      error.message,
    );
  }
  if (error.httpCode !== undefined) {
    return new CloudError(
      "CLOUD_BAD_RESPONSE",
      msg("cloudErrors.transport.httpStatus", { status: String(error.httpCode) }),
      undefined,
      undefined,
      error.httpCode >= 500,
      action,
    );
  }
  return new CloudError(
    "CLOUD_UNREACHABLE",
    msg("cloudErrors.transport.unreachable"),
    undefined,
    undefined,
    true,
    action,
  );
}

/**
 * Maps anything an SDK call throws to a CloudError: Tencent error codes (each family's own
 * message, see error-families/), HTTP failures, network failures and non-JSON answers (which the
 * SDK does not wrap, reference §1.6). `action` names the call in messages and logs.
 */
export function toCloudError(error: unknown, action?: CloudAction): CloudError {
  if (error instanceof CloudError) return error;
  if (error instanceof TencentCloudSDKHttpException) return fromSdkException(error, action);
  if (isRecord(error) && error.type === "invalid-json") {
    return new CloudError(
      "CLOUD_BAD_RESPONSE",
      msg("cloudErrors.transport.notApiResponse"),
      undefined,
      undefined,
      false,
      action,
    );
  }
  return new CloudError(
    "CLOUD_BAD_RESPONSE",
    msg("cloudErrors.transport.unexpectedShape"),
    undefined,
    undefined,
    false,
    action,
  );
}
