import "server-only";
import { createHash } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { callbackEvents } from "@/lib/db/schema";
import type { RefusalReason } from "@/lib/callbacks/refusal-reason";
import { storableJson, storableText } from "@/lib/callbacks/storable";
import type { CallbackFamily, EventSummary } from "@/lib/callbacks/summarize-event";

/** How much of a refused body is kept: enough to see what was sent, not enough to fill a disk. */
export const REFUSAL_SAMPLE_BYTES = 4096;
/**
 * A group's row is written at most once per this window; the refusals in between are counted in
 * memory and added when it ends. PostgreSQL keeps every version of an updated row until a vacuum
 * (PGlite never runs one by itself), so a write per refusal grew the database per request.
 */
export const REFUSAL_WRITE_WINDOW_MS = 10_000;
/**
 * At most this many groups (source × reason × family) of refusals are kept. A sender that makes up
 * a new address for every request (X-Forwarded-For with no proxy in front) lands past it in one
 * group per reason, under OVERFLOW_SOURCE, so the table stays bounded whatever it sends.
 */
export const MAX_REFUSAL_GROUPS = 500;
export const OVERFLOW_SOURCE = "(other sources: too many to keep apart)";
/** The request headers that explain a refusal; each value cut to HEADER_VALUE_CHARACTERS. */
const KEPT_HEADERS = ["content-type", "content-length", "user-agent", "sdkappid", "sign", "x-forwarded-for"];
const HEADER_VALUE_CHARACTERS = 256;

export interface Refusal {
  family: CallbackFamily;
  source: string;
  reason: RefusalReason;
  problem: string;
  /** The body's bytes as far as they were read (none for a refusal before reading). */
  body: Buffer;
  /** Its length as sent, when more was sent than read. */
  bodyBytes: number;
  /** The parsed body, when it parsed. */
  payload: Record<string, unknown> | null;
  summary: Omit<EventSummary, "dedupeKey">;
  headers: Headers;
}

/** The inbox row a refusal is counted in: one per family, reason and source address. */
export const refusalGroupKey = (family: CallbackFamily, reason: RefusalReason, source: string) =>
  `refused:${family}:${reason}:${createHash("sha256").update(source).digest("base64url")}`;

function keptHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = headers.get(name);
    if (value !== null) kept[name] = storableText(value.slice(0, HEADER_VALUE_CHARACTERS));
  }
  return kept;
}

/** How many groups of refusals the table holds. */
export async function countRefusalGroups(db: Db): Promise<number> {
  const [groups] = await db
    .select({ total: count() })
    .from(callbackEvents)
    .where(eq(callbackEvents.signatureValid, false));
  return groups?.total ?? 0;
}

/**
 * Writes one refusal into its group's row (`group`: its own or the overflow's, as the caller
 * decided), with `repeats` added to the count: the latest refusal's reason, headers and first
 * REFUSAL_SAMPLE_BYTES of body replace the row's, and the first time stays.
 */
export async function writeRefusal(
  db: Db,
  refusal: Refusal,
  group: { key: string; source: string },
  repeats: number,
): Promise<void> {
  const isWhole = refusal.body.length <= REFUSAL_SAMPLE_BYTES && refusal.bodyBytes <= refusal.body.length;
  // Cut bytes may end inside a character: toString marks that with U+FFFD, which is storable.
  const sample = storableText(refusal.body.subarray(0, REFUSAL_SAMPLE_BYTES).toString("utf8"));
  const sampleColumns = {
    sdkAppId: refusal.summary.sdkAppId,
    eventType: refusal.summary.eventType,
    streamId: refusal.summary.streamId === null ? null : storableText(refusal.summary.streamId),
    eventTime: refusal.summary.eventTime,
    problem: storableText(refusal.problem),
    rawBody: sample,
    payload: isWhole && refusal.payload ? storableJson(refusal.payload) : null,
    headers: keptHeaders(refusal.headers),
    bodyBytes: Math.max(refusal.bodyBytes, refusal.body.length),
  };
  await db
    .insert(callbackEvents)
    .values({
      dedupeKey: group.key,
      family: refusal.family,
      signatureValid: false,
      source: group.source,
      refusalReason: refusal.reason,
      deliveries: repeats,
      ...sampleColumns,
    })
    .onConflictDoUpdate({
      target: callbackEvents.dedupeKey,
      set: {
        ...sampleColumns,
        deliveries: sql`${callbackEvents.deliveries} + ${repeats}`,
        lastDeliveredAt: sql`now()`,
      },
    });
}
