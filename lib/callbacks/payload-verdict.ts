import { checkDelivery, summarizeDelivery, type ApplicationKey } from "./check-delivery";
import { parseCallbackBody } from "./parse-callback-body";
import type { RefusalReason } from "./refusal-reason";
import type { CallbackFamily, EventSummary } from "./summarize-event";

/** What the inbox's verification tool was given: a body as sent and its signature fields. */
export interface PastedPayload {
  family: CallbackFamily;
  body: string;
  signHeader: string | null;
  sdkAppIdHeader: string | null;
}

export interface PayloadVerdict {
  valid: boolean;
  /** Why it does not verify; null when it does. Never the expected signature: that would let anyone forge one. */
  problem: string | null;
  /** The fixed word of the problem, which the page puts into the viewer's language; null when it verifies. */
  reason: RefusalReason | null;
  sdkAppId: number | null;
  eventType: number | null;
}

export type PreparedPayload =
  | { ok: true; pasted: PastedPayload; payload: Record<string, unknown>; summary: EventSummary }
  | { ok: false; problem: string };

/** Reads a pasted body the way the receiver reads a delivery, and finds the application it names. */
export function preparePayload(pasted: PastedPayload): PreparedPayload {
  const parsed = parseCallbackBody(pasted.body);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    pasted,
    payload: parsed.payload,
    summary: summarizeDelivery(pasted.family, parsed.payload, pasted.sdkAppIdHeader),
  };
}

/** Would the receiver accept this payload now, with this application's key? And if not, why. */
export function payloadVerdict(
  prepared: Extract<PreparedPayload, { ok: true }>,
  application: ApplicationKey,
  nowMs: number,
): PayloadVerdict {
  const { pasted, payload, summary } = prepared;
  const check = checkDelivery({
    family: pasted.family,
    payload,
    // The pasted text is what was sent: a TRTC signature covers these exact bytes.
    rawBytes: Buffer.from(pasted.body, "utf8"),
    sign: pasted.signHeader,
    summary,
    application,
    nowMs,
  });
  return {
    valid: check.valid,
    problem: check.valid ? null : check.problem,
    reason: check.valid ? null : check.reason,
    sdkAppId: summary.sdkAppId,
    eventType: summary.eventType,
  };
}
