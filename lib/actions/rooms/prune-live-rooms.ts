import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { liveRoomMembers, liveRooms } from "@/lib/db/schema";
import { FOLD_HORIZON_MS } from "@/lib/actions/rooms/fold-room-event";

/**
 * How long ended rooms and departed members are kept: far beyond the fold's horizon (an event
 * older than FOLD_HORIZON_MS is not folded), so what is deleted can no longer matter to any event.
 */
export const KEEP_ENDED_MS = 24 * FOLD_HORIZON_MS;

const isClosed = sql`${liveRooms.lastOpenAtMs} <= coalesce(${liveRooms.dismissedAtMs}, -1)`;

/**
 * Deletes what the live tables no longer need for an app: rooms closed and quiet for a day (with
 * their members), and members of any room who left a day ago (by every attribute's time).
 */
export async function pruneLiveRooms(db: Db, sdkAppId: number, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - KEEP_ENDED_MS);
  const cutoffMs = cutoff.getTime();
  await db.execute(sql`
    delete from ${liveRoomMembers} m using ${liveRooms} r
    where r.sdk_app_id = ${sdkAppId} and m.sdk_app_id = r.sdk_app_id and m.room_id_type = r.room_id_type
      and m.room_id = r.room_id and r.last_open_at_ms <= coalesce(r.dismissed_at_ms, -1)
      and r.last_event_received_at < ${cutoff.toISOString()}::timestamptz`);
  await db
    .delete(liveRooms)
    .where(and(eq(liveRooms.sdkAppId, sdkAppId), isClosed, lt(liveRooms.lastEventReceivedAt, cutoff)));
  await db
    .delete(liveRoomMembers)
    .where(
      and(
        eq(liveRoomMembers.sdkAppId, sdkAppId),
        eq(liveRoomMembers.isPresent, false),
        sql`greatest(${liveRoomMembers.presenceAtMs}, ${liveRoomMembers.roleAtMs}, ${liveRoomMembers.videoAtMs}, ${liveRoomMembers.audioAtMs}, ${liveRoomMembers.subStreamAtMs}, coalesce(${liveRoomMembers.enteredAtMs}, 0)) < ${cutoffMs}`,
      ),
    );
}
