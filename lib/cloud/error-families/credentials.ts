import type { ErrorFamily, MappedError } from "./mapped-error";

const keys = (message: string): MappedError => ({ code: "CLOUD_AUTH_FAILED", message });

/** AuthFailure.* except CAM's UnauthorizedOperation: the keys, their signature, or the account itself. */
const CREDENTIAL_MESSAGES: Record<string, MappedError> = {
  "AuthFailure.SecretIdNotFound": keys(
    "Tencent Cloud does not know the console's SecretId: it was deleted, disabled or mistyped. Check TENCENTCLOUD_SECRET_ID against CAM → API keys (no spaces around it).",
  ),
  "AuthFailure.InvalidSecretId": keys(
    "TENCENTCLOUD_SECRET_ID is not a TencentCloud API key. Copy a SecretId from CAM → API keys.",
  ),
  "AuthFailure.SignatureFailure": keys(
    "Tencent Cloud could not verify the request's signature: TENCENTCLOUD_SECRET_KEY is not the key of TENCENTCLOUD_SECRET_ID. Check both in the console's environment.",
  ),
  "AuthFailure.InvalidAuthorization": keys(
    "Tencent Cloud rejected the request's Authorization header. Check TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY.",
  ),
  "AuthFailure.SignatureExpire": keys(
    "Tencent Cloud rejected the request's timestamp (more than 5 minutes off). Check that this server's clock is correct.",
  ),
  "AuthFailure.MFAFailure": keys(
    "The CAM user of the console's keys must pass MFA for API calls, which a server cannot. Turn off MFA for API access of that user in CAM, or use another user's keys.",
  ),
  "AuthFailure.UnRealNameAuthenticated": keys(
    "The Tencent Cloud account has not completed real-name verification, which TRTC requires. Complete it in Tencent Cloud's account center, then try again.",
  ),
};

/** Not the keys: the action is not offered to this account or in this region. */
const UNSUPPORTED: MappedError = {
  code: "CLOUD_OPERATION_FAILED",
  message:
    "Tencent Cloud does not offer this call to the account in its region. Check TENCENTCLOUD_REGION (DescribeRoomInfo, for one, serves only ap-beijing, ap-guangzhou, ap-mumbai, ap-singapore and na-toronto).",
};

const OTHER_AUTH_FAILURE = keys(
  "Tencent Cloud rejected the console's credentials. Check TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY.",
);

/** Failures fixed in the console's environment (the keys, the clock) or in the account's settings. */
export const credentialErrors: ErrorFamily = ({ code }) => {
  if (!code.startsWith("AuthFailure") || code === "AuthFailure.UnauthorizedOperation") return null;
  if (code === "AuthFailure.UnsupportedOperation") return UNSUPPORTED;
  return CREDENTIAL_MESSAGES[code] ?? OTHER_AUTH_FAILURE;
};
