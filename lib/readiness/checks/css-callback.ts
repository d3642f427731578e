import { streamPathOf } from "@/lib/applications/push-domain-choice";
import type { CssCallbackRule, CssCallbackTemplate } from "@/lib/cloud/live/css-types";
import type { LiveDomain } from "@/lib/cloud/live/describe-live-domains";
import { msg } from "@/lib/i18n/message";
import type { ReadinessCheck } from "../check-context";
import { whyUnread, type ProbeOutcome } from "../probe-outcome";
import type { PublicUrl, ReadinessLine, ReadinessTarget } from "../types";

/** The console's receiver of CSS's recording callbacks (event 100 and the record status events). */
export const CSS_CALLBACK_PATH = "/api/callbacks/recording";

const K = "readiness.checks.cssCallback";

export interface CssCallbackReads {
  domains: ProbeOutcome<LiveDomain[]>;
  rules: ProbeOutcome<CssCallbackRule[]>;
  templates: ProbeOutcome<CssCallbackTemplate[]>;
}

/** The push domain the app's rules are on: the console's, else the one CSS lists. */
function pushDomainOf(target: Pick<ReadinessTarget, "stored">, domains: ProbeOutcome<LiveDomain[]>): string | null {
  if (target.stored?.pushDomain) return target.stored.pushDomain;
  if (!domains.ok) return null;
  const enabled = domains.value.filter((domain) => domain.type === "push" && domain.isEnabled);
  return enabled.length === 1 ? (enabled[0]?.name ?? null) : null;
}

/**
 * Where CSS sends the legacy app's recording callbacks: the callback rule on the app's push domain
 * and stream path, and its template's RecordNotifyUrl, which the console writes when its recording
 * settings are saved with a callback URL. Cloud-recording apps get TRTC's recording events instead.
 */
export function interpretCssCallback(
  target: Pick<ReadinessTarget, "sdkAppId" | "generation" | "stored">,
  publicUrl: PublicUrl,
  reads: CssCallbackReads,
): ReadinessLine {
  const id = "css-callback";
  if (target.generation === "cloud") {
    return {
      id,
      status: "ok",
      title: msg(`${K}.unusedTitle`),
      detail: msg(`${K}.unusedDetail`),
    };
  }
  const expected = publicUrl.origin
    ? `${publicUrl.origin}${CSS_CALLBACK_PATH}`
    : msg("readiness.format.unknownPublicUrl", { path: CSS_CALLBACK_PATH });
  const notRead = (detail: string): ReadinessLine => ({
    id,
    status: "not-checked",
    title: msg(`${K}.notCheckedTitle`),
    detail,
  });
  const domain = pushDomainOf(target, reads.domains);
  if (!domain) return notRead(msg(`${K}.needsDomain`));
  if (!reads.rules.ok || !reads.templates.ok) {
    const unread = reads.rules.ok
      ? reads.templates.ok
        ? null
        : whyUnread(reads.templates.failure, "live:DescribeLiveCallbackTemplates")
      : whyUnread(reads.rules.failure, "live:DescribeLiveCallbackRules");
    return notRead(unread ?? "");
  }
  const path = streamPathOf(target.sdkAppId);
  const rule = reads.rules.value.find((candidate) => candidate.domain === domain && candidate.appName === path);
  const template = rule ? reads.templates.value.find((candidate) => candidate.id === rule.templateId) : undefined;
  if (!rule || !template) {
    return {
      id,
      status: "warning",
      title: msg(`${K}.nowhereTitle`),
      detail: msg(`${K}.nowhereDetail`, { domain, path, expected }),
    };
  }
  if (template.recordNotifyUrl !== expected) {
    return {
      id,
      status: "warning",
      title: msg(`${K}.elsewhereTitle`),
      detail: msg(`${K}.elsewhereDetail`, {
        template: template.name,
        url: template.recordNotifyUrl || msg(`${K}.noUrl`),
        expected,
      }),
    };
  }
  return {
    id,
    status: "ok",
    title: msg(`${K}.okTitle`, { expected }),
    detail: msg(`${K}.okDetail`, { template: template.name, domain, path }),
  };
}

export const cssCallbackCheck: ReadinessCheck = async ({ probes, target, publicUrl }) =>
  interpretCssCallback(target, publicUrl, {
    domains: await probes.liveDomains(),
    rules: await probes.callbackRules(),
    templates: await probes.callbackTemplates(),
  });
