import type { CallbackSigning } from "../../recording/contracts";
import { signDelivery } from "../sign-delivery";

/** TRTC waits 5 s for a callback's answer; a test waits no longer. */
export const TEST_DELIVERY_TIMEOUT_MS = 5000;
/** Of the receiver's answer, this many characters at most (and at most 4× as many bytes read). */
export const BODY_EXCERPT_CHARACTERS = 300;

export type DeliveryAnswer =
  | { isAnswered: true; statusCode: number; latencyMs: number; bodyExcerpt: string }
  | { isAnswered: false; latencyMs: number; problem: "Timeout" | "Unreachable"; detail: string };

async function readExcerpt(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  // A receiver may answer with megabytes: stop once the excerpt is certainly complete.
  while (total < BODY_EXCERPT_CHARACTERS * 4) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  const characters = Array.from(new TextDecoder().decode(Buffer.concat(chunks)));
  return characters.length > BODY_EXCERPT_CHARACTERS
    ? `${characters.slice(0, BODY_EXCERPT_CHARACTERS).join("")}…`
    : characters.join("");
}

/**
 * One attempt, signed and posted as the outbox posts every callback (same signDelivery), but
 * answered to the caller instead of retried: a test asks what the receiver says now. No redirect
 * is followed, as the cloud follows none.
 */
export async function deliverOnce(
  url: string,
  body: Record<string, unknown>,
  signing: CallbackSigning,
  timeoutMs = TEST_DELIVERY_TIMEOUT_MS,
): Promise<DeliveryAnswer> {
  const signed = signDelivery(body, signing, Date.now());
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: signed.headers,
      body: signed.body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const latencyMs = elapsed();
    const bodyExcerpt = await readExcerpt(response).catch(() => "");
    return { isAnswered: true, statusCode: response.status, latencyMs, bodyExcerpt };
  } catch (error) {
    const isTimeout = error instanceof DOMException && error.name === "TimeoutError";
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    return {
      isAnswered: false,
      latencyMs: elapsed(),
      problem: isTimeout ? "Timeout" : "Unreachable",
      // Names the host and port at most (ECONNREFUSED 127.0.0.1:9); never a header or the key.
      detail: cause instanceof Error ? cause.message : String(cause),
    };
  }
}
