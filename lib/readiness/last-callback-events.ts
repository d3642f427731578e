import "server-only";
import { and, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { callbackEvents } from "@/lib/db/schema";
import type { CallbackEventTimes } from "./types";

const TRTC = eq(callbackEvents.family, "trtc");
const CSS = eq(callbackEvents.family, "css");
const VERIFIED = eq(callbackEvents.signatureValid, true);
const UNVERIFIED = eq(callbackEvents.signatureValid, false);
/** TRTC's EventType ranges: 1xx room (group 1), 2xx media (group 2), 3xx cloud recording (group 3). */
const types = (from: number, below: number) =>
  and(gte(callbackEvents.eventType, from), lt(callbackEvents.eventType, below));

const lastWhere = (condition: SQL | undefined) =>
  sql<Date | string | null>`max(${callbackEvents.receivedAt}) filter (where ${condition})`;

const asDate = (value: Date | string | null | undefined): Date | null =>
  value === null || value === undefined ? null : value instanceof Date ? value : new Date(value);

/**
 * When the last event of each callback group of an app arrived (callback_events.received_at, the
 * first delivery of each event), verified and not: one indexed query over the app's rows.
 */
export async function readLastCallbackEvents(db: Db, sdkAppId: number): Promise<CallbackEventTimes> {
  const [row] = await db
    .select({
      trtcRoomAndMedia: lastWhere(and(TRTC, VERIFIED, types(100, 300))),
      trtcRecording: lastWhere(and(TRTC, VERIFIED, types(300, 400))),
      css: lastWhere(and(CSS, VERIFIED)),
      trtcUnverified: lastWhere(and(TRTC, UNVERIFIED)),
      cssUnverified: lastWhere(and(CSS, UNVERIFIED)),
    })
    .from(callbackEvents)
    .where(eq(callbackEvents.sdkAppId, sdkAppId));
  return {
    trtcRoomAndMedia: asDate(row?.trtcRoomAndMedia),
    trtcRecording: asDate(row?.trtcRecording),
    css: asDate(row?.css),
    trtcUnverified: asDate(row?.trtcUnverified),
    cssUnverified: asDate(row?.cssUnverified),
  };
}
