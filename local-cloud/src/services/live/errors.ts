import { ApiError } from "../../core/api-error";

/**
 * CSS errors the local cloud answers, from Tencent's common error families (its per-action
 * sub-codes for these cases are not documented where we could read them).
 */
export const cssErrors = {
  templateNotFound: (kind: string, id: number) =>
    new ApiError("ResourceNotFound.TemplateNotFound", `No ${kind} template has TemplateId ${id}.`),
  tooManyTemplates: (kind: string, max: number) =>
    new ApiError("LimitExceeded.MaximumTemplate", `At most ${max} ${kind} templates can exist; delete one first.`),
  templateInUse: (kind: string, id: number) =>
    new ApiError("ResourceInUse", `The ${kind} template ${id} is bound by a rule; delete the rule first.`),
  ruleExists: (what: string) =>
    new ApiError("FailedOperation.RuleAlreadyExist", `A rule for ${what} already exists; delete it first.`),
  ruleNotFound: (what: string) => new ApiError("ResourceNotFound.RuleNotFound", `No rule exists for ${what}.`),
  /** "域名不存在或不匹配" in CSS's error list; the rule actions do not name their own code (COVERAGE.md). */
  domainNotExist: (domainName: string, pushDomain: string | undefined) =>
    new ApiError(
      "ResourceNotFound.DomainNotExist",
      pushDomain
        ? `The domain ${domainName} does not exist in this account: its push domain is ${pushDomain} (DescribeLiveDomains with DomainType 0).`
        : `The domain ${domainName} does not exist in this account, which has no push domain yet: enable relay to CDN in TRTC's console first.`,
    ),
  noCallbackUrl: () =>
    new ApiError("InvalidParameter", "A callback template needs at least one notify URL (e.g. `RecordNotifyUrl`)."),
};
