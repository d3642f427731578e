import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { callbackEvents } from "@/lib/db/schema";
import { storableJson, storableText } from "./storable";
import type { CallbackFamily, EventSummary } from "./summarize-event";

export interface Delivery {
  family: CallbackFamily;
  rawBody: string;
  payload: unknown;
  summary: Omit<EventSummary, "dedupeKey"> & { dedupeKey: string | null };
  problem: string | null;
}

/**
 * Stores one delivery. A valid event is keyed by its content, so retries and deliveries to other
 * console instances land on the same row (counted, not duplicated). An invalid delivery is keyed
 * by its exact bytes: it is kept as evidence but can never stand in for a valid event. Text and
 * JSON are stored with NULs and lone surrogates replaced (PostgreSQL refuses them); the signature
 * was checked on the bytes as received, before that.
 */
export async function storeDelivery(db: Db, delivery: Delivery): Promise<{ isNew: boolean; id: number }> {
  const validKey = delivery.problem === null ? delivery.summary.dedupeKey : null;
  const dedupeKey =
    validKey ??
    `invalid:${delivery.family}:${createHash("sha256")
      .update(delivery.rawBody)
      .update(delivery.problem ?? "")
      .digest("hex")}`;
  const valid = validKey !== null;
  const [row] = await db
    .insert(callbackEvents)
    .values({
      dedupeKey,
      family: delivery.family,
      sdkAppId: delivery.summary.sdkAppId,
      eventType: delivery.summary.eventType,
      streamId: delivery.summary.streamId === null ? null : storableText(delivery.summary.streamId),
      eventTime: delivery.summary.eventTime,
      signatureValid: valid,
      problem: delivery.problem === null ? null : storableText(delivery.problem),
      rawBody: storableText(delivery.rawBody),
      payload: delivery.payload === undefined || delivery.payload === null ? null : storableJson(delivery.payload),
    })
    .onConflictDoUpdate({
      target: callbackEvents.dedupeKey,
      set: { deliveries: sql`${callbackEvents.deliveries} + 1`, lastDeliveredAt: sql`now()` },
    })
    .returning({ id: callbackEvents.id, deliveries: callbackEvents.deliveries });
  if (!row) throw new Error("storing a callback delivery returned no row");
  return { isNew: row.deliveries === 1, id: row.id };
}
