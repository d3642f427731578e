import { msg } from "@/lib/i18n/message";
import { serviceOf } from "../cloud-action";
import { subCodeOf, type ErrorFamily, type MappedError } from "./mapped-error";

const PUSH_DOMAIN: MappedError = {
  code: "CLOUD_PUSH_DOMAIN_NOT_FOUND",
  message: msg("cloudErrors.css.pushDomainNotFound"),
};

/**
 * CSS's business errors, whatever category they arrive under: CSS sends many as InternalError.*
 * (live errors.go: RuleAlreadyExist, ConfInUsed, ConfNotFound, RuleNotFound, DomainNotExist, …),
 * others as FailedOperation.* or ResourceNotFound.*. Each is an answer, never retried.
 */
const BY_SUB_CODE: Record<string, MappedError> = {
  RuleAlreadyExist: {
    code: "CLOUD_CONFLICT",
    message: msg("cloudErrors.css.ruleAlreadyExist"),
  },
  ConfInUsed: {
    code: "CLOUD_CONFLICT",
    message: msg("cloudErrors.css.confInUsed"),
  },
  RuleInUsing: {
    code: "CLOUD_CONFLICT",
    message: msg("cloudErrors.css.ruleInUsing"),
  },
  ConfNotFound: {
    code: "CLOUD_NOT_FOUND",
    message: msg("cloudErrors.css.confNotFound"),
  },
  RuleNotFound: {
    code: "CLOUD_NOT_FOUND",
    message: msg("cloudErrors.css.ruleNotFound"),
  },
  ConfOutLimit: {
    code: "CLOUD_OPERATION_FAILED",
    message: msg("cloudErrors.css.confOutLimit"),
  },
  RuleOutLimit: {
    code: "CLOUD_OPERATION_FAILED",
    message: msg("cloudErrors.css.ruleOutLimit"),
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
