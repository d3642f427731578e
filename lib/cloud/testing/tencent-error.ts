import TencentCloudSDKHttpException from "tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception";

/** For tests: what the SDK throws when Tencent answers `Response.Error` (reference §1.6). */
export function tencentError(code: string, message = `raw message for ${code}`, requestId = "req-1"): Error {
  const error = new TencentCloudSDKHttpException(message, requestId);
  error.code = code;
  return error;
}

/** For tests: what the SDK throws when the endpoint cannot be reached. */
export const networkError = (message = "request to http://127.0.0.1:1/ failed, reason: connect ECONNREFUSED"): Error =>
  new TencentCloudSDKHttpException(message);
