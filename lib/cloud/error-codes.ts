/** The closed set of cloud failures the console shows; raw SDK messages never reach the browser. */
export type CloudErrorCode =
  /** The keys, the signature's clock or the account's verification: fixed in the console's environment or account. */
  | "CLOUD_AUTH_FAILED"
  /** A CAM user without the permission for the action: fixed with a CAM policy. */
  | "CLOUD_UNAUTHORIZED_OPERATION"
  /** The product is not activated, disabled, or stopped for arrears on the account. */
  | "CLOUD_SERVICE_UNAVAILABLE"
  | "CLOUD_UNREACHABLE"
  | "CLOUD_BAD_RESPONSE"
  | "CLOUD_RATE_LIMITED"
  | "CLOUD_INTERNAL"
  | "CLOUD_INVALID_PARAMETER"
  | "CLOUD_NOT_FOUND"
  /** What the call would create is there already, or what it would remove is still in use. */
  | "CLOUD_CONFLICT"
  /** CSS does not know the push domain a rule names: the application's push domain is wrong. */
  | "CLOUD_PUSH_DOMAIN_NOT_FOUND"
  /** DescribeRoomInfo / DescribeUserInfo without a monthly or Monitoring Dashboard package. */
  | "CLOUD_MONITORING_PACKAGE_REQUIRED"
  /** The app's recording generation does not offer the call (CreateCloudRecording on a legacy app). */
  | "CLOUD_WRONG_RECORDING_GENERATION"
  /** A VOD call reached an account that requires SubAppId without one. */
  | "CLOUD_VOD_SUB_APP_REQUIRED"
  | "CLOUD_OPERATION_FAILED";
