import { msg } from "@/lib/i18n/message";
import type { ErrorFamily, MappedError } from "./mapped-error";

const keys = (message: string): MappedError => ({ code: "CLOUD_AUTH_FAILED", message });

/** AuthFailure.* except CAM's UnauthorizedOperation: the keys, their signature, or the account itself. */
const CREDENTIAL_MESSAGES: Record<string, MappedError> = {
  "AuthFailure.SecretIdNotFound": keys(msg("cloudErrors.credentials.secretIdNotFound")),
  "AuthFailure.InvalidSecretId": keys(msg("cloudErrors.credentials.invalidSecretId")),
  "AuthFailure.SignatureFailure": keys(msg("cloudErrors.credentials.signatureFailure")),
  "AuthFailure.InvalidAuthorization": keys(msg("cloudErrors.credentials.invalidAuthorization")),
  "AuthFailure.SignatureExpire": keys(msg("cloudErrors.credentials.signatureExpire")),
  "AuthFailure.MFAFailure": keys(msg("cloudErrors.credentials.mfaFailure")),
  "AuthFailure.UnRealNameAuthenticated": keys(msg("cloudErrors.credentials.unRealNameAuthenticated")),
};

/** Not the keys: the action is not offered to this account or in this region. */
const UNSUPPORTED: MappedError = {
  code: "CLOUD_OPERATION_FAILED",
  message: msg("cloudErrors.credentials.unsupportedOperation"),
};

const OTHER_AUTH_FAILURE = keys(msg("cloudErrors.credentials.otherAuthFailure"));

/** Failures fixed in the console's environment (the keys, the clock) or in the account's settings. */
export const credentialErrors: ErrorFamily = ({ code }) => {
  if (!code.startsWith("AuthFailure") || code === "AuthFailure.UnauthorizedOperation") return null;
  if (code === "AuthFailure.UnsupportedOperation") return UNSUPPORTED;
  return CREDENTIAL_MESSAGES[code] ?? OTHER_AUTH_FAILURE;
};
