import type { Db } from "@/lib/db/open-database";
import { applicationKeyOf } from "./application-key";
import { callbackReply } from "./callback-reply";
import { checkDelivery, summarizeDelivery } from "./check-delivery";
import { handleVerifiedTrtcEvent } from "./handle-trtc-event";
import type { ReceivedTrtcEvent } from "./received-trtc-event";
import { parseCallbackBody } from "./parse-callback-body";
import { MAX_CALLBACK_BODY_BYTES, readLimitedBody } from "./read-limited-body";
import { receivedTrtcEventOf } from "./received-trtc-event";
import { storableJson } from "./storable";
import { storeDelivery, type Delivery } from "./store-delivery";
import type { CallbackFamily, EventSummary } from "./summarize-event";

function emptySummary(): Omit<EventSummary, "dedupeKey"> & { dedupeKey: null } {
  return { sdkAppId: null, eventType: null, streamId: null, eventTime: null, dedupeKey: null };
}

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
  await db.transaction(async (tx) => {
    const stored = await storeDelivery(tx, delivery);
    const { sdkAppId } = delivery.summary;
    if (!stored.isNew || delivery.family !== "trtc" || sdkAppId === null) return;
    // What is acted on is what was stored: NULs and lone surrogates replaced (PostgreSQL refuses them).
    const event = receivedTrtcEventOf(sdkAppId, storableJson(payload) as Record<string, unknown>, options.receivedAt);
    if (event) await options.handle(tx, event);
  });
}

/** What acts on a verified first-time TRTC event (the rooms and tasks; a test may watch it). */
export type TrtcEventHandler = (db: Db, event: ReceivedTrtcEvent) => Promise<void>;

/**
 * One callback delivery: read (≤ 1 MB) → parse → find the application's key for the family →
 * verify (TRTC: also refuse a stale `CallbackTs`) → store (valid or not, so the inbox shows what
 * was refused and why) → act on a first-time valid TRTC event → answer in under 2,000 bytes.
 * Valid events answer 200 even when they are repeats, because Tencent retries until it gets a 200.
 */
export async function receiveCallback(
  request: Request,
  family: CallbackFamily,
  options: { db: Db; nowMs?: number; handleTrtcEvent?: TrtcEventHandler },
): Promise<Response> {
  const { db } = options;
  const nowMs = options.nowMs ?? Date.now();
  const body = await readLimitedBody(request);
  if (!body.ok) {
    const problem = `Body of ${body.receivedBytes} bytes or more refused: the limit is ${MAX_CALLBACK_BODY_BYTES} bytes.`;
    await storeDelivery(db, { family, rawBody: "", payload: null, summary: emptySummary(), problem });
    return callbackReply(413, problem);
  }
  const rawBody = body.bytes.toString("utf8");
  const parsed = parseCallbackBody(rawBody);
  if (!parsed.ok) {
    await storeDelivery(db, { family, rawBody, payload: null, summary: emptySummary(), problem: parsed.problem });
    return callbackReply(400, parsed.problem);
  }
  const { payload } = parsed;
  const summary = summarizeDelivery(family, payload, request.headers.get("sdkappid"));
  const check = checkDelivery({
    family,
    payload,
    rawBytes: body.bytes,
    sign: request.headers.get("sign"),
    summary,
    application: await applicationKeyOf(db, family, summary.sdkAppId, nowMs),
    nowMs,
  });
  if (!check.valid) {
    await storeDelivery(db, { family, rawBody, payload, summary, problem: check.problem });
    return callbackReply(401, check.problem);
  }
  try {
    await storeAndHandle(db, { family, rawBody, payload, summary, problem: null }, payload, {
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
