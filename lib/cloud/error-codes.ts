/** The closed set of cloud failures the console shows; raw SDK messages never reach the browser. */
export type CloudErrorCode =
  | "CLOUD_AUTH_FAILED"
  | "CLOUD_UNREACHABLE"
  | "CLOUD_BAD_RESPONSE"
  | "CLOUD_RATE_LIMITED"
  | "CLOUD_INTERNAL"
  | "CLOUD_INVALID_PARAMETER"
  | "CLOUD_NOT_FOUND"
  | "CLOUD_OPERATION_FAILED"
  | "CLOUD_UNAUTHORIZED_OPERATION";
