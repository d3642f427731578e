import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { CloudError } from "@/lib/cloud/errors";
import { describeRoomInfo } from "@/lib/cloud/trtc/describe-room-info";
import type { Db } from "@/lib/db/open-database";
import { liveRooms } from "@/lib/db/schema";
import { closeRoomAt } from "@/lib/actions/rooms/fold-room-event";
import type { LiveRoomState } from "@/lib/rooms/live-room-state";
import type { RoomKey } from "@/lib/rooms/room-key";
import type { RepairOutcome } from "@/lib/rooms/room-staleness";

/** DescribeRoomInfo looks at most 24 h back per call (reference §2.4). */
const WINDOW_SECONDS = 24 * 3600 - 1;

export type AskRoomInfo = typeof describeRoomInfo;

const rowOf = (key: RoomKey) =>
  and(eq(liveRooms.sdkAppId, key.sdkAppId), eq(liveRooms.roomIdType, key.roomIdType), eq(liveRooms.roomId, key.roomId));

/**
 * Takes the room's check for this stale period, atomically: of all readers of all console
 * instances, one asks Tencent per room and period. False when someone else has it.
 */
async function claimCheck(db: Db, key: RoomKey, now: Date, staleAfterMs: number): Promise<boolean> {
  const quietSince = new Date(now.getTime() - staleAfterMs);
  const claimed = await db
    .update(liveRooms)
    .set({ repairCheckedAt: now, repairOutcome: null })
    .where(
      and(
        rowOf(key),
        lt(liveRooms.lastEventReceivedAt, quietSince),
        or(isNull(liveRooms.repairCheckedAt), lt(liveRooms.repairCheckedAt, quietSince)),
      ),
    )
    .returning({ roomId: liveRooms.roomId });
  return claimed.length > 0;
}

async function askTencent(key: RoomKey, now: Date, ask: AskRoomInfo): Promise<RepairOutcome> {
  const endTime = Math.floor(now.getTime() / 1000);
  try {
    const { rooms } = await ask({
      sdkAppId: key.sdkAppId,
      startTime: endTime - WINDOW_SECONDS,
      endTime,
      roomId: key.roomId,
      pageNumber: 0,
      pageSize: 100,
    });
    const lives = rooms.filter((room) => room.roomId === key.roomId);
    if (lives.length === 0) return "unlisted";
    return lives.some((room) => !room.isFinished) ? "live" : "closed";
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    if (error.code === "CLOUD_MONITORING_PACKAGE_REQUIRED") return "no-package";
    console.warn(`[rooms] DescribeRoomInfo for stale room ${key.roomId} failed: ${error.cloudCode ?? error.code}`);
    return "failed";
  }
}

/**
 * Repairs a stale room (no event for `staleAfterMs`) where the app has the monitoring package:
 * DescribeRoomInfo says whether it still runs. Finished: it is closed as of its newest event, as a
 * lost 102 would have (a later event still reopens it). Running: the stale mark goes for another
 * period. Without the package, or when asking failed, the mark stays and the outcome says why.
 * Returns the outcome, or null when another reader holds this period's check.
 */
export async function repairStaleRoom(
  db: Db,
  state: LiveRoomState,
  options: { now: Date; staleAfterMs: number; ask?: AskRoomInfo },
): Promise<RepairOutcome | null> {
  if (!(await claimCheck(db, state.key, options.now, options.staleAfterMs))) return null;
  const outcome = await askTencent(state.key, options.now, options.ask ?? describeRoomInfo);
  if (outcome === "closed") await closeRoomAt(db, state.key, state.room.lastEventAtMs);
  await db
    .update(liveRooms)
    .set({ repairOutcome: outcome })
    .where(and(rowOf(state.key), eq(liveRooms.repairCheckedAt, options.now)));
  return outcome;
}
