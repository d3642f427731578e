import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { callbackEvents } from "@/lib/db/schema";
import { storableJson, storableText } from "@/lib/callbacks/storable";
import type { CallbackFamily, EventSummary } from "@/lib/callbacks/summarize-event";

/** A delivery whose signature verified (refusals are counted by store-refusal.ts). */
export interface Delivery {
  family: CallbackFamily;
  rawBody: string;
  payload: Record<string, unknown>;
  summary: EventSummary;
}

/**
 * Stores one verified delivery, keyed by its content, so retries and deliveries to other console
 * instances land on the same row (counted, not duplicated). Text and JSON are stored with NULs and
 * lone surrogates replaced (PostgreSQL refuses them); the signature was checked on the bytes as
 * received, before that.
 */
export async function storeDelivery(db: Db, delivery: Delivery): Promise<{ isNew: boolean; id: number }> {
  const [row] = await db
    .insert(callbackEvents)
    .values({
      dedupeKey: delivery.summary.dedupeKey,
      family: delivery.family,
      sdkAppId: delivery.summary.sdkAppId,
      eventType: delivery.summary.eventType,
      streamId: delivery.summary.streamId === null ? null : storableText(delivery.summary.streamId),
      eventTime: delivery.summary.eventTime,
      signatureValid: true,
      problem: null,
      rawBody: storableText(delivery.rawBody),
      payload: storableJson(delivery.payload),
    })
    .onConflictDoUpdate({
      target: callbackEvents.dedupeKey,
      set: { deliveries: sql`${callbackEvents.deliveries} + 1`, lastDeliveredAt: sql`now()` },
    })
    .returning({ id: callbackEvents.id, deliveries: callbackEvents.deliveries });
  if (!row) throw new Error("storing a callback delivery returned no row");
  return { isNew: row.deliveries === 1, id: row.id };
}
