import { clientAddress } from "@/lib/auth/client-address";
import type { Db } from "@/lib/db/open-database";
import { applicationKeyOf } from "@/lib/actions/callbacks/application-key";
import type { ApplicationKeysCache } from "@/lib/actions/callbacks/application-keys-cache";
import { callbackReply } from "@/lib/callbacks/callback-reply";
import type { CallbackSourceLimit } from "@/lib/actions/callbacks/callback-source-limit";
import { checkDelivery, summarizeDelivery, type ApplicationKey } from "@/lib/callbacks/check-delivery";
import { announcedFileOf } from "@/lib/health/announced-file";
import { signalFileRegistered } from "@/lib/health/file-registered";
import { registerAnnouncedFile } from "@/lib/actions/health/register-recording-file";
import { handleVerifiedTrtcEvent } from "@/lib/actions/callbacks/handle-trtc-event";
import type { ReceivedTrtcEvent } from "@/lib/callbacks/received-trtc-event";
import { parseCallbackBody } from "@/lib/callbacks/parse-callback-body";
import { MAX_CALLBACK_BODY_BYTES, readLimitedBody } from "@/lib/callbacks/read-limited-body";
import { receivedTrtcEventOf } from "@/lib/callbacks/received-trtc-event";
import { storableJson } from "@/lib/callbacks/storable";
import { refusalCounterFor } from "@/lib/actions/callbacks/refusal-counter";
import type { Refusal } from "@/lib/actions/callbacks/store-refusal";
import { storeDelivery, type Delivery } from "@/lib/actions/callbacks/store-delivery";
import type { CallbackFamily, EventSummary } from "@/lib/callbacks/summarize-event";

const EMPTY_SUMMARY: Omit<EventSummary, "dedupeKey"> = {
  sdkAppId: null,
  eventType: null,
  streamId: null,
  eventTime: null,
};

/**
 * Stores a verified delivery and, the first time this event arrives, acts on it (TRTC: rooms and
 * tasks), in one transaction: a failure stores nothing, so TRTC's retry finds a first-time event
 * again instead of a duplicate whose effect was lost. Duplicates arriving meanwhile wait on the
 * unique key and are counted once it commits.
 */
async function storeAndHandle(
  db: Db,
  delivery: Delivery,
  payload: Record<string, unknown>,
  options: { receivedAt: Date; handle: TrtcEventHandler },
): Promise<void> {
  const registered = await db.transaction(async (tx) => {
    const stored = await storeDelivery(tx, delivery);
    const { sdkAppId } = delivery.summary;
    if (!stored.isNew || sdkAppId === null) return false;
    // What is acted on is what was stored: NULs and lone surrogates replaced (PostgreSQL refuses them).
    const storedPayload = storableJson(payload) as Record<string, unknown>;
    const file = announcedFileOf(delivery.family, storedPayload);
    if (file) await registerAnnouncedFile(tx, sdkAppId, file, options.receivedAt);
    if (delivery.family === "trtc") {
      const event = receivedTrtcEventOf(sdkAppId, storedPayload, options.receivedAt);
      if (event) await options.handle(tx, event);
    }
    return file !== null;
  });
  if (registered) signalFileRegistered();
}

/** What acts on a verified first-time TRTC event (the rooms and tasks; a test may watch it). */
export type TrtcEventHandler = (db: Db, event: ReceivedTrtcEvent) => Promise<void>;

/**
 * One callback delivery: count it against its source address (over the limit: 429, unread) →
 * read (≤ 1 MB) → parse → find the application's key for the family → verify (TRTC: also refuse a
 * stale `CallbackTs`) → store a verified event and act on it the first time (TRTC: rooms and
 * tasks), or count a refusal in its group (source × reason, with a sample, so the inbox shows
 * what was refused and why without growing per request) → answer in under 2,000 bytes.
 * Valid events answer 200 even when they are repeats, because Tencent retries until it gets a 200.
 */
export async function receiveCallback(
  request: Request,
  family: CallbackFamily,
  options: {
    db: Db;
    nowMs?: number;
    handleTrtcEvent?: TrtcEventHandler;
    sourceLimit?: CallbackSourceLimit;
    /** The endpoints' cache of the applications' keys; without it each delivery reads its app's keys. */
    keys?: ApplicationKeysCache;
  },
): Promise<Response> {
  const { db } = options;
  const nowMs = options.nowMs ?? Date.now();
  const source = clientAddress(request.headers.get("x-forwarded-for"));
  const refuse = (refusal: Omit<Refusal, "family" | "source" | "headers">) =>
    refusalCounterFor(db).record({ ...refusal, family, source, headers: request.headers });
  const verdict = options.sourceLimit ? await options.sourceLimit.check(source) : { isAllowed: true as const };
  if (!verdict.isAllowed) {
    const problem = `More requests from ${source} than the callback endpoints take (CALLBACK_RATE_LIMIT per 10 s); retry in ${verdict.retryAfterSeconds} s.`;
    await refuse({
      reason: "rate-limited",
      problem,
      body: Buffer.alloc(0),
      bodyBytes: Number(request.headers.get("content-length") ?? 0) || 0,
      payload: null,
      summary: EMPTY_SUMMARY,
    });
    const response = callbackReply(429, problem);
    response.headers.set("retry-after", String(verdict.retryAfterSeconds));
    return response;
  }
  const body = await readLimitedBody(request);
  if (!body.ok) {
    const problem = `Body of ${body.receivedBytes} bytes or more refused: the limit is ${MAX_CALLBACK_BODY_BYTES} bytes.`;
    await refuse({
      reason: "body-too-large",
      problem,
      body: Buffer.alloc(0),
      bodyBytes: body.receivedBytes,
      payload: null,
      summary: EMPTY_SUMMARY,
    });
    return callbackReply(413, problem);
  }
  const rawBody = body.bytes.toString("utf8");
  const bodyBytes = body.bytes.length;
  const parsed = parseCallbackBody(rawBody);
  if (!parsed.ok) {
    await refuse({
      reason: parsed.reason,
      problem: parsed.problem,
      body: body.bytes,
      bodyBytes,
      payload: null,
      summary: EMPTY_SUMMARY,
    });
    return callbackReply(400, parsed.problem);
  }
  const { payload } = parsed;
  const summary = summarizeDelivery(family, payload, request.headers.get("sdkappid"));
  const checkWith = (application: ApplicationKey) =>
    checkDelivery({
      family,
      payload,
      rawBytes: body.bytes,
      sign: request.headers.get("sign"),
      summary,
      application,
      nowMs,
    });
  const { keys } = options;
  let check = checkWith(
    keys
      ? await keys.keyOf(family, summary.sdkAppId, nowMs)
      : await applicationKeyOf(db, family, summary.sdkAppId, nowMs),
  );
  if (!check.valid && keys) {
    // Cached keys may predate a change made a moment ago: a refusal is decided on fresh ones.
    const fresher = await keys.fresherKeyOf(family, summary.sdkAppId, nowMs);
    if (fresher) check = checkWith(fresher);
  }
  if (!check.valid) {
    await refuse({ reason: check.reason, problem: check.problem, body: body.bytes, bodyBytes, payload, summary });
    return callbackReply(401, check.problem);
  }
  try {
    await storeAndHandle(db, { family, rawBody, payload, summary }, payload, {
      receivedAt: new Date(nowMs),
      handle: options.handleTrtcEvent ?? handleVerifiedTrtcEvent,
    });
  } catch (error) {
    // Nothing was stored: TRTC retries (every 10 s for a minute) and the retry is a first delivery.
    console.error(
      `[callbacks] a verified ${family} event of SdkAppId ${summary.sdkAppId} could not be acted on:`,
      error,
    );
    return callbackReply(500, "The event could not be processed now; it is not stored, so a retry is taken as new.");
  }
  return callbackReply(200);
}
