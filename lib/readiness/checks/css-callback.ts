import { streamPathOf } from "@/lib/applications/push-domain-choice";
import type { CssCallbackRule, CssCallbackTemplate } from "@/lib/cloud/live/css-types";
import type { LiveDomain } from "@/lib/cloud/live/describe-live-domains";
import type { ReadinessCheck } from "../check-context";
import { whyUnread, type ProbeOutcome } from "../probe-outcome";
import type { PublicUrl, ReadinessLine, ReadinessTarget } from "../types";

/** The console's receiver of CSS's recording callbacks (event 100 and the record status events). */
export const CSS_CALLBACK_PATH = "/api/callbacks/recording";

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
      title: "CSS callbacks: not used by this app",
      detail: "Cloud-recording apps get their recording events from TRTC (the recording callback), not from CSS.",
    };
  }
  const expected = publicUrl.origin ? `${publicUrl.origin}${CSS_CALLBACK_PATH}` : `<public URL>${CSS_CALLBACK_PATH}`;
  const notRead = (detail: string): ReadinessLine => ({
    id,
    status: "not-checked",
    title: "Where CSS sends recording callbacks was not checked",
    detail,
  });
  const domain = pushDomainOf(target, reads.domains);
  if (!domain) return notRead("It needs the app's push domain (see its line).");
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
      title: "CSS sends this app's recording callbacks nowhere",
      detail: `No CSS callback rule binds a template to ${domain}/${path}. Save the recording settings (Settings → Callback) with the URL ${expected}: the console creates the template and the rule.`,
    };
  }
  if (template.recordNotifyUrl !== expected) {
    return {
      id,
      status: "warning",
      title: "CSS sends this app's recording callbacks elsewhere",
      detail: `The callback template ${template.name} sends them to ${template.recordNotifyUrl || "no URL"}, not to this console's ${expected}. Save the recording settings (Settings → Callback) with ${expected}.`,
    };
  }
  return {
    id,
    status: "ok",
    title: `CSS sends recording callbacks to ${expected}`,
    detail: `The callback template ${template.name} is bound to ${domain}/${path}.`,
  };
}

export const cssCallbackCheck: ReadinessCheck = async ({ probes, target, publicUrl }) =>
  interpretCssCallback(target, publicUrl, {
    domains: await probes.liveDomains(),
    rules: await probes.callbackRules(),
    templates: await probes.callbackTemplates(),
  });
