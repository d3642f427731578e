import type { LiveDomain } from "@/lib/cloud/live/describe-live-domains";
import { msg } from "@/lib/i18n/message";
import { streamPathOf } from "@/lib/applications/push-domain-choice";
import type { ReadinessCheck } from "../check-context";
import { FIX_URLS } from "../fix-urls";
import { listInWords, sentences } from "../format";
import { whyUnread, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine, ReadinessTarget } from "../types";

const ID = "push-domain";
const K = "readiness.checks.pushDomain";
/** The domain TRTC adds to CSS, as Tencent writes it: a value, so `<bizid>` is not read as a tag. */
const PATTERN = "<bizid>.livepush.myqcloud.com";

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
      title: msg(`${K}.notChecked`),
      detail: whyUnread(failure, "live:DescribeLiveDomains"),
    };
  }
  const isLegacy = target.generation === "legacy";
  const problem = isLegacy ? "blocking" : "warning";
  const effect = msg(isLegacy ? `${K}.effectLegacy` : `${K}.effectCloud`);
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
        title: msg(`${K}.title`, { domain: stored }),
        detail: msg(`${K}.storedOk`, { path }),
      };
    }
    return {
      id: ID,
      status: problem,
      title: msg(listed ? `${K}.disabled` : `${K}.notAccounts`, { domain: stored }),
      detail: listed
        ? sentences(msg(`${K}.enableIt`), effect)
        : sentences(
            msg(`${K}.listsSetIt`, {
              domains: enabled.length > 0 ? listInWords(enabled) : msg(`${K}.noEnabled`),
            }),
            effect,
          ),
      fixUrl: FIX_URLS.cssDomains,
    };
  }
  const [only] = enabled;
  if (enabled.length === 0) {
    return {
      id: ID,
      status: problem,
      title: msg(`${K}.noneTitle`),
      detail: sentences(msg(`${K}.noneDetail`, { pattern: PATTERN }), effect),
      fixUrl: FIX_URLS.trtcApplications,
    };
  }

  if (only && enabled.length === 1) {
    return {
      id: ID,
      status: "ok",
      title: msg(`${K}.title`, { domain: only }),
      detail:
        stored === undefined
          ? sentences(msg(`${K}.listedEnabled`), msg(`${K}.choiceOnOverview`))
          : sentences(msg(`${K}.listedEnabled`), msg(`${K}.noneStored`, { path })),
    };
  }
  return {
    id: ID,
    status: "warning",
    title: msg(`${K}.severalTitle`, { count: enabled.length }),
    detail: sentences(
      msg(`${K}.severalDetail`, { domains: listInWords(enabled), pattern: PATTERN }),
      stored === undefined ? msg(`${K}.choiceOnOverview`) : null,
    ),
    fixUrl: FIX_URLS.cssDomains,
  };
}

export const pushDomainCheck: ReadinessCheck = async ({ probes, target }) =>
  interpretPushDomain(target, await probes.liveDomains());
