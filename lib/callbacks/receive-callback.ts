import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import { MAX_CALLBACK_BODY_BYTES, readLimitedBody } from "./read-limited-body";
import { storeDelivery } from "./store-delivery";
import { summarizeCssEvent, summarizeTrtcEvent, type CallbackFamily, type EventSummary } from "./summarize-event";
import { verifyCssSignature, type SignatureCheck } from "./verify-css-signature";
import { verifyTrtcSignature } from "./verify-trtc-signature";

// Tencent only looks at the status; `{"code":0}` is what its docs recommend answering.
const ACCEPTED = { code: 0 };

async function callbackKeyOf(db: Db, sdkAppId: number | null): Promise<{ known: boolean; key: string | null }> {
  if (sdkAppId === null) return { known: false, key: null };
  const [row] = await db
    .select({ key: applications.callbackKey })
    .from(applications)
    .where(eq(applications.sdkAppId, sdkAppId))
    .limit(1);
  return { known: Boolean(row), key: row?.key ?? null };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function emptySummary(): Omit<EventSummary, "dedupeKey"> & { dedupeKey: null } {
  return { sdkAppId: null, eventType: null, streamId: null, eventTime: null, dedupeKey: null };
}

/**
 * Checks one parsed delivery against the key of the application it names. Shared by the receiver
 * and the inbox's verification tool, so both give the same verdict for the same bytes.
 */
export async function verifyDelivery(
  db: Db,
  family: CallbackFamily,
  payload: Record<string, unknown>,
  rawBytes: Buffer,
  context: { sign: string | null; sdkAppId: string | null; nowSeconds: number },
): Promise<{ summary: EventSummary; check: SignatureCheck }> {
  const summary = family === "css" ? summarizeCssEvent(payload) : summarizeTrtcEvent(payload, context.sdkAppId);
  const application = await callbackKeyOf(db, summary.sdkAppId);
  if (!application.known) {
    const problem =
      summary.sdkAppId === null
        ? "The delivery names no SdkAppId (CSS: appname trtc_<SdkAppId>; TRTC: the SdkAppId header)."
        : `SdkAppId ${summary.sdkAppId} is not an application of this console.`;
    return { summary, check: { valid: false, problem } };
  }
  const check =
    family === "css"
      ? verifyCssSignature(payload, application.key, context.nowSeconds)
      : verifyTrtcSignature(rawBytes, context.sign, application.key);
  return { summary, check };
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
  let payload: unknown;
  try {
    payload = JSON.parse(rawBody);
  } catch {
    payload = undefined;
  }
  if (!isRecord(payload)) {
    const problem = "The body is not a JSON object.";
    await storeDelivery(db, { family, rawBody, payload: null, summary: emptySummary(), problem });
    return Response.json({ code: 400, message: problem }, { status: 400 });
  }

  const { summary, check } = await verifyDelivery(db, family, payload, body.bytes, {
    sign: request.headers.get("sign"),
    sdkAppId: request.headers.get("sdkappid"),
    nowSeconds,
  });
  await storeDelivery(db, { family, rawBody, payload, summary, problem: check.valid ? null : check.problem });
  if (!check.valid) return Response.json({ code: 401, message: check.problem }, { status: 401 });
  return Response.json(ACCEPTED);
}
