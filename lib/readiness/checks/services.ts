import { SERVICE_NAMES, type CloudService } from "@/lib/cloud/cloud-action";
import { msg } from "@/lib/i18n/message";
import type { RecordingGeneration } from "@/lib/schemas/application";
import type { ReadinessCheck } from "../check-context";
import { CONSOLE_ACTIONS } from "../console-actions";
import { FIX_URLS, PRODUCT_CONSOLES } from "../fix-urls";
import { sentences } from "../format";
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

const K = "readiness.checks.services";

/** Catalog keys by state: readiness.checks.services.{headlines,remedies}.<key>. */
const STATE_KEYS: Record<ProductState, string> = {
  "not-activated": "notActivated",
  arrears: "arrears",
  disabled: "disabled",
  frozen: "frozen",
  refused: "refused",
};

/** What the console cannot do without each product, by generation; the text is a message. */
function consequence(service: CloudService, generation: RecordingGeneration): { isBlocking: boolean; text: string } {
  if (service === "trtc") return { isBlocking: true, text: msg(`${K}.consequences.trtc`) };
  if (service === "vod") return { isBlocking: true, text: msg(`${K}.consequences.vod`) };
  return generation === "legacy"
    ? { isBlocking: true, text: msg(`${K}.consequences.liveLegacy`) }
    : { isBlocking: false, text: msg(`${K}.consequences.liveCloud`) };
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
      title: msg(`${K}.headlines.${STATE_KEYS[state]}`, { product }),
      detail: sentences(
        msg(`${K}.answered`, { product, cloudCode: failure.cloudCode ?? msg("readiness.format.anError") }),
        msg(`${K}.remedies.${STATE_KEYS[state]}`, { product }),
        text,
      ),
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
      title: msg(`${K}.notCheckedTitle`, { product }),
      detail: msg(`${K}.notCheckedDetail`, { product }),
    };
  }
  return {
    id,
    status: "ok",
    title: msg(`${K}.okTitle`, { product }),
    detail: msg(`${K}.okDetail`, { product }),
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
