import { serviceOf } from "../cloud-action";
import { subCodeOf, type ErrorFamily, type MappedError } from "./mapped-error";

const PUSH_DOMAIN: MappedError = {
  code: "CLOUD_PUSH_DOMAIN_NOT_FOUND",
  message:
    "CSS does not know the push domain the console sent. Check the application's push domain under Applications: it must be the account's <bizid>.livepush.myqcloud.com that CSS lists (relay to CDN enabled in TRTC's console), not one made from the SdkAppId.",
};

/**
 * CSS's business errors, whatever category they arrive under: CSS sends many as InternalError.*
 * (live errors.go: RuleAlreadyExist, ConfInUsed, ConfNotFound, RuleNotFound, DomainNotExist, …),
 * others as FailedOperation.* or ResourceNotFound.*. Each is an answer, never retried.
 */
const BY_SUB_CODE: Record<string, MappedError> = {
  RuleAlreadyExist: {
    code: "CLOUD_CONFLICT",
    message:
      "CSS already has a rule for this push domain and stream path, made outside the console. Refresh the settings page and save again; if it persists, delete the other rule in CSS's console (Feature configuration → recording or callback rules).",
  },
  ConfInUsed: {
    code: "CLOUD_CONFLICT",
    message:
      "The CSS template is still bound by a rule, perhaps one made outside the console, so it cannot be replaced or deleted. Unbind it in CSS's console, then save again.",
  },
  RuleInUsing: {
    code: "CLOUD_CONFLICT",
    message: "The CSS rule is in use by another operation. Wait a moment, refresh the settings page and save again.",
  },
  ConfNotFound: {
    code: "CLOUD_NOT_FOUND",
    message:
      "The CSS template the console manages is gone (deleted outside the console). Save the recording settings again to recreate it.",
  },
  RuleNotFound: {
    code: "CLOUD_NOT_FOUND",
    message:
      "The CSS rule the console manages is gone (deleted outside the console). Refresh the settings page and save again.",
  },
  ConfOutLimit: {
    code: "CLOUD_OPERATION_FAILED",
    message:
      "The account has as many CSS templates as CSS allows. Delete templates no longer used in CSS's console, then save again.",
  },
  RuleOutLimit: {
    code: "CLOUD_OPERATION_FAILED",
    message:
      "The account has as many CSS rules as CSS allows. Delete rules no longer used in CSS's console, then save again.",
  },
  DomainNotExist: PUSH_DOMAIN,
  PushDomainNoRecord: PUSH_DOMAIN,
};

/** The local cloud's and older answers name some of the same cases differently. */
const ALIASES: Record<string, string> = {
  "FailedOperation.ConfInUsed": "ConfInUsed",
  ResourceInUse: "ConfInUsed",
  "ResourceNotFound.TemplateNotFound": "ConfNotFound",
  "InternalError.ConfigNotExist": "ConfNotFound",
  "LimitExceeded.MaximumTemplate": "ConfOutLimit",
};

export const cssBusinessErrors: ErrorFamily = ({ code, action }) => {
  if (action && serviceOf(action) !== "live") return null;
  return BY_SUB_CODE[ALIASES[code] ?? subCodeOf(code)] ?? null;
};
