import { msg } from "@/lib/i18n/message";
import type { SignedSample } from "./sample-event";

/** Tencent's TRTC callbacks wait 5 s for an answer; a test waits no longer. */
export const TEST_DELIVERY_TIMEOUT_MS = 5000;
/** Of the receiver's answer, the page shows this many characters at most (and reads at most 4× as many bytes). */
export const BODY_EXCERPT_CHARACTERS = 300;

/** What the receiver answered to a test delivery. Never the key: only the status, the time and its own words. */
export type TestDeliveryAnswer =
  | { isAnswered: true; status: number; isAccepted: boolean; latencyMs: number; bodyExcerpt: string }
  /** `problem` is a message (`msg`). */
  | { isAnswered: false; latencyMs: number; problem: string };

/**
 * The answer; whether the receiver was this console's own (then the inbox holds what it made of the
 * sample); who sent it (the local cloud, as Tencent would, or this console, Tencent having no
 * test API) and where to.
 */
export type TestDeliveryResult = TestDeliveryAnswer & {
  isOwnReceiver: boolean;
  sentBy: "localCloud" | "console";
  url: string;
};

async function readExcerpt(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  // A receiver may answer with megabytes: stop reading once the excerpt is certainly complete.
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
 * POSTs a signed sample once, as the cloud would: no redirect followed (a 3xx is the answer, as
 * Tencent does not follow one either), a timeout, and only an excerpt of the answer kept.
 */
export async function postSample(
  url: string,
  sample: SignedSample,
  options: { timeoutMs?: number; now?: () => number } = {},
): Promise<TestDeliveryAnswer> {
  const now = options.now ?? (() => performance.now());
  const timeoutMs = options.timeoutMs ?? TEST_DELIVERY_TIMEOUT_MS;
  const started = now();
  const elapsed = () => Math.round(now() - started);
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: sample.headers,
      body: sample.body,
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const latencyMs = elapsed();
    const bodyExcerpt = await readExcerpt(response).catch(() => "");
    return { isAnswered: true, status: response.status, isAccepted: response.ok, latencyMs, bodyExcerpt };
  } catch (error) {
    const isTimeout = error instanceof DOMException && error.name === "TimeoutError";
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    // The cause names the host and port at most (ECONNREFUSED 127.0.0.1:9); never a header or the body.
    const detail = cause instanceof Error ? cause.message : String(cause);
    return {
      isAnswered: false,
      latencyMs: elapsed(),
      problem: isTimeout
        ? msg("callbacks.testDelivery.errors.timeout", { seconds: String(timeoutMs / 1000) })
        : msg("callbacks.testDelivery.errors.unreachable", { detail }),
    };
  }
}
