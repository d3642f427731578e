import type { LiveDomain } from "@/lib/cloud/live/describe-live-domains";
import { streamPathOf } from "@/lib/applications/push-domain-choice";
import type { ReadinessCheck } from "../check-context";
import { FIX_URLS } from "../fix-urls";
import { listInWords } from "../format";
import { whyUnread, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine, ReadinessTarget } from "../types";

const ID = "push-domain";

/**
 * The account's push domain `<bizid>.livepush.myqcloud.com`, which enabling relay to CDN in TRTC's
 * console adds to CSS (doc 647/84721), against the one the console's CSS rules name. Legacy
 * recording records the relayed streams there, so for a legacy app a missing or wrong domain
 * blocks recording; a cloud-recording app only loses the relay of its MCU mixes.
 */
export function interpretPushDomain(
  target: Pick<ReadinessTarget, "sdkAppId" | "generation" | "stored">,
  domains: ProbeOutcome<LiveDomain[]>,
): ReadinessLine {
  if (!domains.ok) {
    const { failure } = domains;
    return {
      id: ID,
      status: "not-checked",
      title: "The push domain was not checked",
      detail: whyUnread(failure, "live:DescribeLiveDomains"),
    };
  }
  const isLegacy = target.generation === "legacy";
  const problem = isLegacy ? "blocking" : "warning";
  const effect = isLegacy
    ? "Legacy recording records the relayed streams on that domain."
    : "Cloud recording does not need it; only MCU mixes are not relayed to CSS.";
  const push = domains.value.filter((domain) => domain.type === "push");
  const enabled = push.filter((domain) => domain.isEnabled).map((domain) => domain.name);
  const path = streamPathOf(target.sdkAppId);
  const stored = target.stored ? target.stored.pushDomain : undefined;
  if (stored) {
    const listed = push.find((domain) => domain.name === stored);
    if (listed?.isEnabled) {
      return {
        id: ID,
        status: "ok",
        title: `Push domain ${stored}`,
        detail: `CSS lists it, enabled (relay to CDN is on); the console's rules name it with stream path ${path}.`,
      };
    }
    return {
      id: ID,
      status: problem,
      title: listed
        ? `Push domain ${stored} is disabled in CSS`
        : `The console's push domain ${stored} is not the account's`,
      detail: listed
        ? `Enable it in CSS's domain management. ${effect}`
        : `CSS lists ${enabled.length > 0 ? listInWords(enabled) : "no enabled push domain"}. Set the account's push domain under Applications. ${effect}`,
      fixUrl: FIX_URLS.cssDomains,
    };
  }
  const [only] = enabled;
  if (enabled.length === 0) {
    return {
      id: ID,
      status: problem,
      title: "No push domain: relay to CDN is off",
      detail: `DescribeLiveDomains lists no enabled push domain. Enabling relay to CDN (旁路推流) in TRTC's console adds the account's <bizid>.livepush.myqcloud.com to CSS. ${effect}`,
      fixUrl: FIX_URLS.trtcApplications,
    };
  }
  const notStored =
    stored === undefined
      ? "The console's stored choice is shown on the Overview card (this check could not read its database)."
      : "The console has none stored yet";
  if (only && enabled.length === 1) {
    return {
      id: ID,
      status: "ok",
      title: `Push domain ${only}`,
      detail:
        stored === undefined
          ? `CSS lists it, enabled. ${notStored}`
          : `CSS lists it, enabled. ${notStored}: it takes this one the first time it needs it (stream path ${path}).`,
    };
  }
  return {
    id: ID,
    status: "warning",
    title: `${enabled.length} push domains: the console cannot tell which TRTC relays to`,
    detail:
      `CSS lists ${listInWords(enabled)}. Choose the account's <bizid>.livepush.myqcloud.com under Applications (TRTC's console → Application management → Account info shows the bizid). ${stored === undefined ? notStored : ""}`.trim(),
    fixUrl: FIX_URLS.cssDomains,
  };
}

export const pushDomainCheck: ReadinessCheck = async ({ probes, target }) =>
  interpretPushDomain(target, await probes.liveDomains());
