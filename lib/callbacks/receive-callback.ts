import type { Db } from "@/lib/db/open-database";
import { applicationKeyOf } from "./application-key";
import { checkDelivery, summarizeDelivery } from "./check-delivery";
import { parseCallbackBody } from "./parse-callback-body";
import { MAX_CALLBACK_BODY_BYTES, readLimitedBody } from "./read-limited-body";
import { storeDelivery } from "./store-delivery";
import type { CallbackFamily, EventSummary } from "./summarize-event";

// Tencent only looks at the status; `{"code":0}` is what its docs recommend answering.
const ACCEPTED = { code: 0 };

function emptySummary(): Omit<EventSummary, "dedupeKey"> & { dedupeKey: null } {
  return { sdkAppId: null, eventType: null, streamId: null, eventTime: null, dedupeKey: null };
}

/**
 * One callback delivery: read (≤ 1 MB) → parse → find the application's key → verify → store
 * (valid or not, so the inbox shows what was refused and why) → answer. Valid events answer 200
 * even when they are repeats, because Tencent retries until it gets a 200.
 */
export async function receiveCallback(
  request: Request,
  family: CallbackFamily,
  options: { db: Db; nowMs?: number },
): Promise<Response> {
  const { db } = options;
  const nowSeconds = Math.floor((options.nowMs ?? Date.now()) / 1000);
  const body = await readLimitedBody(request);
  if (!body.ok) {
    const problem = `Body of ${body.receivedBytes} bytes or more refused: the limit is ${MAX_CALLBACK_BODY_BYTES} bytes.`;
    await storeDelivery(db, { family, rawBody: "", payload: null, summary: emptySummary(), problem });
    return Response.json({ code: 413, message: problem }, { status: 413 });
  }
  const rawBody = body.bytes.toString("utf8");
  const parsed = parseCallbackBody(rawBody);
  if (!parsed.ok) {
    await storeDelivery(db, { family, rawBody, payload: null, summary: emptySummary(), problem: parsed.problem });
    return Response.json({ code: 400, message: parsed.problem }, { status: 400 });
  }
  const { payload } = parsed;
  const summary = summarizeDelivery(family, payload, request.headers.get("sdkappid"));
  const check = checkDelivery({
    family,
    payload,
    rawBytes: body.bytes,
    sign: request.headers.get("sign"),
    summary,
    application: await applicationKeyOf(db, summary.sdkAppId),
    nowSeconds,
  });
  await storeDelivery(db, { family, rawBody, payload, summary, problem: check.valid ? null : check.problem });
  if (!check.valid) return Response.json({ code: 401, message: check.problem }, { status: 401 });
  return Response.json(ACCEPTED);
}
