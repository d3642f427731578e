import { summarizeCssEvent, summarizeTrtcEvent, type CallbackFamily, type EventSummary } from "./summarize-event";
import { verifyCssSignature, type SignatureCheck } from "./verify-css-signature";
import { verifyTrtcSignature } from "./verify-trtc-signature";

/** What the console knows of the application a delivery names. */
export interface ApplicationKey {
  /** False when the console does not manage that SdkAppId (or the delivery names none). */
  known: boolean;
  key: string | null;
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
 * The signature verdict for one delivery, given the key of the application it names. Pure: the
 * receiver and the inbox's verification tool both call it, so the same bytes get the same verdict.
 */
export function checkDelivery(input: {
  family: CallbackFamily;
  payload: Record<string, unknown>;
  rawBytes: Buffer;
  sign: string | null;
  summary: EventSummary;
  application: ApplicationKey;
  nowSeconds: number;
}): SignatureCheck {
  const { summary, application } = input;
  if (!application.known) {
    const problem =
      summary.sdkAppId === null
        ? "The delivery names no SdkAppId (CSS: appname trtc_<SdkAppId>; TRTC: the SdkAppId header)."
        : `SdkAppId ${summary.sdkAppId} is not an application of this console.`;
    return { valid: false, problem };
  }
  return input.family === "css"
    ? verifyCssSignature(input.payload, application.key, input.nowSeconds)
    : verifyTrtcSignature(input.rawBytes, input.sign, application.key);
}
