import { checkCallbackTs } from "./check-callback-ts";
import { summarizeCssEvent, summarizeTrtcEvent, type CallbackFamily, type EventSummary } from "./summarize-event";
import { verifyCssSignature, type SignatureCheck } from "./verify-css-signature";
import { verifyTrtcSignature } from "./verify-trtc-signature";

/** What the console knows of the application a delivery names. */
export interface ApplicationKey {
  /** False when the console does not manage that SdkAppId (or the delivery names none). */
  known: boolean;
  /** The key of the delivery's family: the CSS callback key, or the app's TRTC callback key. */
  key: string | null;
  /** TRTC only: the key before the last rotation, while its grace lasts (null after it). */
  previousKey?: string | null;
}

/** The summary of a parsed body; TRTC names its app in the `SdkAppId` header, CSS in the body. */
export function summarizeDelivery(
  family: CallbackFamily,
  payload: Record<string, unknown>,
  sdkAppIdHeader: string | null,
): EventSummary {
  return family === "css" ? summarizeCssEvent(payload) : summarizeTrtcEvent(payload, sdkAppIdHeader);
}

/**
 * The verdict for one delivery, given the keys of the application it names: its signature, and
 * for TRTC its sending time (`CallbackTs`, checked once the signature holds, so an unsigned body
 * is refused for its signature). Pure: the receiver and the inbox's verification tool both call
 * it, so the same bytes get the same verdict.
 */
export function checkDelivery(input: {
  family: CallbackFamily;
  payload: Record<string, unknown>;
  rawBytes: Buffer;
  sign: string | null;
  summary: EventSummary;
  application: ApplicationKey;
  nowMs: number;
}): SignatureCheck {
  const { summary, application } = input;
  if (!application.known) {
    const problem =
      summary.sdkAppId === null
        ? "The delivery names no SdkAppId (CSS: appname trtc_<SdkAppId>; TRTC: the SdkAppId header)."
        : `SdkAppId ${summary.sdkAppId} is not an application of this console.`;
    return { valid: false, reason: summary.sdkAppId === null ? "no-app" : "unknown-app", problem };
  }
  if (input.family === "css") return verifyCssSignature(input.payload, application.key, Math.floor(input.nowMs / 1000));
  const signature = verifyTrtcSignature(input.rawBytes, input.sign, {
    current: application.key,
    previous: application.previousKey ?? null,
  });
  return signature.valid ? checkCallbackTs(input.payload, input.nowMs) : signature;
}
