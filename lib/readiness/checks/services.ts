import { SERVICE_NAMES, type CloudService } from "@/lib/cloud/cloud-action";
import type { RecordingGeneration } from "@/lib/schemas/application";
import type { ReadinessCheck } from "../check-context";
import { CONSOLE_ACTIONS } from "../console-actions";
import { FIX_URLS, PRODUCT_CONSOLES } from "../fix-urls";
import { failureOf, isCamDenial, isUnanswered, type ProbeFailure, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine } from "../types";

/** Why a product does not serve the account. */
export type ProductState = "not-activated" | "arrears" | "disabled" | "frozen" | "refused";

/** Product-state codes every product may answer (CSS documents them; lib/cloud/error-families/account-state.ts). */
const STATE_CODES: Record<string, ProductState> = {
  "ResourceNotFound.StopService": "arrears",
  "FailedOperation.JiFeiNoEnoughFund": "arrears",
  "ResourceNotFound.UserDisableService": "disabled",
  "ResourceNotFound.ForbidService": "frozen",
  "ResourceNotFound.FreezeService": "frozen",
  "FailedOperation.InvalidVodUser": "not-activated",
  "ResourceUnavailable.InvalidVodStatus": "not-activated",
};

/** Tencent's words for each state, in its English and Chinese messages. */
function stateInWords(message: string): ProductState | null {
  if (/arrear|overdue|欠费/i.test(message)) return "arrears";
  if (/frozen|freez|banned|封禁|冻结/i.test(message)) return "frozen";
  if (/disabled|停用|禁用|关闭/i.test(message)) return "disabled";
  if (/not (been )?(activated|enabled|opened)|未开通|没有开通/i.test(message)) return "not-activated";
  return null;
}

/**
 * The state a product's answer reveals, or null when the answer says the product serves the
 * account. VOD's arrears and disabled states come as FailedOperation.InvalidAccount, TRTC's states
 * as a bare FailedOperation, both told apart by their message (COVERAGE.md, UNCONFIRMED codes);
 * a bare FailedOperation without such words counts only on `isGateRead`, a read that any active
 * account is answered.
 */
export function productStateOf(service: CloudService, failure: ProbeFailure, isGateRead: boolean): ProductState | null {
  const code = failure.cloudCode ?? "";
  const known = STATE_CODES[code];
  if (known) return known;
  if (code === "ResourceNotFound.UserNotExist") return service === "live" ? "not-activated" : null;
  if (code === "FailedOperation.InvalidAccount") return stateInWords(failure.cloudMessage) ?? "refused";
  if (service === "trtc" && code === "FailedOperation") {
    return stateInWords(failure.cloudMessage) ?? (isGateRead ? "refused" : null);
  }
  return null;
}

const HEADLINES: Record<ProductState, (product: string) => string> = {
  "not-activated": (product) => `${product} is not activated on this account`,
  arrears: (product) => `${product} is suspended: the account is in arrears`,
  disabled: (product) => `${product} was turned off on this account`,
  frozen: (product) => `${product} is frozen or banned on this account`,
  refused: (product) => `${product} refuses to serve this account`,
};

const REMEDIES: Record<ProductState, (product: string) => string> = {
  "not-activated": (product) => `Activate ${product} in its console.`,
  arrears: () => "Top up the Tencent Cloud account: the service resumes once the balance is positive.",
  disabled: (product) => `Turn ${product} back on in its console.`,
  frozen: () => "Contact Tencent Cloud support to lift it.",
  refused: (product) => `Check ${product}'s console and the account's billing.`,
};

/** What the console cannot do without each product, by generation. */
function consequence(service: CloudService, generation: RecordingGeneration): { isBlocking: boolean; text: string } {
  if (service === "trtc") return { isBlocking: true, text: "Nothing records without TRTC." };
  if (service === "vod") return { isBlocking: true, text: "Recordings are stored in VOD." };
  return generation === "legacy"
    ? { isBlocking: true, text: "Legacy recording is CSS recording of the relayed streams." }
    : { isBlocking: false, text: "Cloud recording does not need CSS, but MCU mixes are not relayed to it." };
}

/** One product's line from everything it answered; `gate` is the read any active account is answered. */
export function interpretServiceState(
  service: CloudService,
  generation: RecordingGeneration,
  gate: ProbeOutcome<unknown>,
  others: ReadonlyArray<ProbeOutcome<unknown>>,
): ReadinessLine {
  const product = SERVICE_NAMES[service];
  const id = `service.${service}`;
  const answers = [gate, ...others];
  for (const [index, outcome] of answers.entries()) {
    const failure = failureOf(outcome);
    const state = failure ? productStateOf(service, failure, index === 0) : null;
    if (!failure || !state) continue;
    const { isBlocking, text } = consequence(service, generation);
    return {
      id,
      status: isBlocking ? "blocking" : "warning",
      title: HEADLINES[state](product),
      detail: `${product} answered ${failure.cloudCode ?? "an error"}. ${REMEDIES[state](product)} ${text}`,
      fixUrl: state === "arrears" ? FIX_URLS.billingTopUp : PRODUCT_CONSOLES[service],
    };
  }
  const served = answers.some((outcome) => {
    const failure = failureOf(outcome);
    return !failure || !(isUnanswered(failure) || isCamDenial(failure));
  });
  if (!served) {
    return {
      id,
      status: "not-checked",
      title: `Whether ${product} serves this account was not checked`,
      detail: `Every call to ${product} was refused before ${product} answered: see the credentials and CAM lines.`,
    };
  }
  return {
    id,
    status: "ok",
    title: `${product} is activated and serves this account`,
    detail: `${product} answered the check's calls.`,
  };
}

const SERVICES: readonly CloudService[] = ["trtc", "vod", "live"];

export const servicesCheck: ReadinessCheck = async ({ probes, target }) => {
  const gates = await probes.gate();
  return Promise.all(
    SERVICES.map(async (service) => {
      const sent = CONSOLE_ACTIONS.filter(
        (entry) => entry.probe.kind === "sent" && entry.action.startsWith(`${service}:`),
      );
      const others = await Promise.all(sent.map((entry) => probes.permission(entry.action)));
      return interpretServiceState(service, target.generation, gates[service], others);
    }),
  );
};
