import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { callbackEvents } from "@/lib/db/schema";
import { callbackEventName } from "@/lib/callbacks/event-names";

export interface FileCallback {
  id: number;
  eventType: number | null;
  /** A message (`msg`, see callbackEventName): put into words where it is shown, in the viewer's language. */
  eventName: string;
  signatureValid: boolean;
  receivedAt: string;
  deliveries: number;
}

/**
 * Callbacks of one application that name this VOD file: CSS `file_id`, or TRTC 311's `FileId`
 * (either layout). Scoped to the application like every page, so another app's deliveries (or a
 * forged one naming no app) never show up on this recording.
 */
export async function callbacksForFile(db: Db, sdkAppId: number, fileId: string): Promise<FileCallback[]> {
  const rows = await db
    .select()
    .from(callbackEvents)
    .where(
      and(
        eq(callbackEvents.sdkAppId, sdkAppId),
        sql`(${callbackEvents.payload}->>'file_id' = ${fileId}
          or ${callbackEvents.payload}#>>'{EventInfo,Payload,TencentVod,FileId}' = ${fileId}
          or ${callbackEvents.payload}#>>'{EventInfo,Payload,FileId}' = ${fileId})`,
      ),
    )
    .orderBy(desc(callbackEvents.id))
    .limit(50);
  return rows.map((row) => ({
    id: row.id,
    eventType: row.eventType,
    eventName: callbackEventName(row.eventType),
    signatureValid: row.signatureValid,
    receivedAt: row.receivedAt.toISOString(),
    deliveries: row.deliveries,
  }));
}
