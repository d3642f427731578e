import type { LiveDomain } from "@/lib/cloud/live/describe-live-domains";
import { msg } from "@/lib/i18n/message";
import { TENCENT_LINKS } from "@/lib/schemas/application";

/** What DescribeLiveDomains says of the account's push domain. */
export type PushDomainChoice =
  { kind: "one"; domain: string } | { kind: "several"; domains: string[] } | { kind: "none" };

/**
 * The enabled push domains decide: one is the account's `<bizid>.livepush.myqcloud.com`; with
 * several the console cannot tell which TRTC relays to, and with none relay to CDN is off.
 */
export function choosePushDomain(domains: readonly LiveDomain[]): PushDomainChoice {
  const push = [...new Set(domains.filter((domain) => domain.type === "push" && domain.isEnabled).map((d) => d.name))];
  const [only] = push;
  if (push.length === 1 && only) return { kind: "one", domain: only };
  return push.length === 0 ? { kind: "none" } : { kind: "several", domains: push.sort() };
}

/** Says what to do when the push domain cannot be chosen for the admin (a `msg`). */
export function pushDomainProblem(choice: PushDomainChoice): string | null {
  if (choice.kind === "one") return null;
  if (choice.kind === "several")
    return msg("applications.errors.severalPushDomains", {
      count: choice.domains.length,
      domains: choice.domains.join(", "),
    });
  return msg("applications.errors.noPushDomain", {
    consoleUrl: TENCENT_LINKS.trtcApplications,
    docUrl: TENCENT_LINKS.relayToCdn,
  });
}

/** TRTC's stream path (AppName) of an app's relayed streams; unlike the domain it is per app. */
export const streamPathOf = (sdkAppId: number): string => `trtc_${sdkAppId}`;
