import "server-only";
import { and, eq, inArray, lt } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { callbackEvents } from "@/lib/db/schema";
import { getInboxRetention } from "@/lib/data/callbacks/inbox-retention";

/** Rows deleted per statement: a first prune of a large inbox does not hold one huge transaction. */
const PRUNE_BATCH = 5_000;
const DAY_MS = 24 * 60 * 60_000;

async function deleteOlder(db: Db, signatureValid: boolean, before: Date): Promise<number> {
  let deleted = 0;
  for (;;) {
    const batch = db
      .select({ id: callbackEvents.id })
      .from(callbackEvents)
      .where(and(eq(callbackEvents.signatureValid, signatureValid), lt(callbackEvents.lastDeliveredAt, before)))
      .limit(PRUNE_BATCH);
    const rows = await db
      .delete(callbackEvents)
      .where(inArray(callbackEvents.id, batch))
      .returning({ id: callbackEvents.id });
    deleted += rows.length;
    if (rows.length < PRUNE_BATCH) return deleted;
  }
}

/**
 * Deletes what the inbox keeps no longer: verified events and refusals whose last delivery is
 * older than their retention (0 keeps them). A deleted event delivered again later is taken as new,
 * which is harmless: Tencent stops retrying after minutes, the retention is days.
 */
export async function pruneInbox(db: Db, now: Date): Promise<{ verified: number; refused: number }> {
  const retention = await getInboxRetention(db);
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  return {
    verified:
      retention.verifiedRetentionDays > 0 ? await deleteOlder(db, true, before(retention.verifiedRetentionDays)) : 0,
    refused:
      retention.refusedRetentionDays > 0 ? await deleteOlder(db, false, before(retention.refusedRetentionDays)) : 0,
  };
}
