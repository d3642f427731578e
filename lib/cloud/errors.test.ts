import TencentCloudSDKHttpException from "tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception";
import { describe, expect, it } from "vitest";
import { toCloudError } from "./errors";

function tencentError(code: string): TencentCloudSDKHttpException {
  const error = new TencentCloudSDKHttpException(`raw message for ${code}`, "req-1");
  error.code = code;
  return error;
}

describe("toCloudError", () => {
  it.each([
    ["AuthFailure.SignatureFailure", "CLOUD_AUTH_FAILED", false],
    ["AuthFailure.SecretIdNotFound", "CLOUD_AUTH_FAILED", false],
    ["RequestLimitExceeded", "CLOUD_RATE_LIMITED", true],
    ["InternalError.DbError", "CLOUD_INTERNAL", true],
    ["FailedOperation.RoomNotExist", "CLOUD_NOT_FOUND", false],
    ["InvalidParameter.RoomId", "CLOUD_INVALID_PARAMETER", false],
    ["MissingParameter", "CLOUD_INVALID_PARAMETER", false],
    ["UnauthorizedOperation.SdkAppId", "CLOUD_UNAUTHORIZED_OPERATION", false],
    ["FailedOperation.RestrictedConcurrency", "CLOUD_OPERATION_FAILED", false],
  ])("maps %s to %s", (code, appCode, isRetryable) => {
    const error = toCloudError(tencentError(code));
    expect(error).toMatchObject({ code: appCode, cloudCode: code, requestId: "req-1", isRetryable });
    expect(error.message).not.toContain("raw message");
  });

  it("mentions the clock for an expired signature", () => {
    expect(toCloudError(tencentError("AuthFailure.SignatureExpire")).message).toContain("clock");
  });

  it("maps an HTTP failure and a network failure", () => {
    const http = new TencentCloudSDKHttpException("Bad Gateway");
    http.httpCode = 502;
    expect(toCloudError(http)).toMatchObject({ code: "CLOUD_BAD_RESPONSE", isRetryable: true });
    const network = new TencentCloudSDKHttpException(
      "request to http://127.0.0.1:1/ failed, reason: connect ECONNREFUSED",
    );
    expect(toCloudError(network)).toMatchObject({ code: "CLOUD_UNREACHABLE" });
  });

  it("maps a non-JSON answer, which the SDK does not wrap", () => {
    const fetchError = Object.assign(new Error("invalid json response body"), { type: "invalid-json" });
    expect(toCloudError(fetchError)).toMatchObject({ code: "CLOUD_BAD_RESPONSE", isRetryable: false });
    expect(toCloudError(new TypeError("Cannot read properties of undefined (reading 'Error')"))).toMatchObject({
      code: "CLOUD_BAD_RESPONSE",
    });
  });
});
