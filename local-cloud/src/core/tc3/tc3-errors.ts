import { ApiError } from "../api-error";

/** The `AuthFailure.*` answers of Tencent's common error list (reference §1.4 step 7). */
export const authErrors = {
  invalidAuthorization: (detail: string) =>
    new ApiError(
      "AuthFailure.InvalidAuthorization",
      `The Authorization header is not a TC3-HMAC-SHA256 authorization: ${detail}`,
    ),
  signatureExpire: (timestamp: number, nowSeconds: number) =>
    new ApiError(
      "AuthFailure.SignatureExpire",
      `The request timestamp ${timestamp} is more than 5 minutes away from the server time ${nowSeconds}; check the caller's clock.`,
    ),
  secretIdNotFound: (secretId: string) =>
    new ApiError("AuthFailure.SecretIdNotFound", `The SecretId \`${secretId}\` is not known to the local cloud.`),
  signatureFailure: (detail: string) =>
    new ApiError("AuthFailure.SignatureFailure", `The signature does not match: ${detail}`),
  tokenFailure: () =>
    new ApiError(
      "AuthFailure.TokenFailure",
      "Temporary credentials (X-TC-Token) are not supported by the local cloud; use a SecretId and SecretKey.",
    ),
} as const;
