import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { liveRoomMembers, type RecordingTaskRow } from "@/lib/db/schema";

/** TRTC's default MaxIdleTime (CreateCloudRecording RecordParams), in seconds. */
const DEFAULT_MAX_IDLE_SECONDS = 30;
/** Past MaxIdleTime, how long the task may take to exit before it counts as never ending. */
export const IDLE_GRACE_MS = 2 * 60_000;

function maxIdleSecondsOf(row: RecordingTaskRow): number {
  const params = row.request.RecordParams;
  if (typeof params !== "object" || params === null || !("MaxIdleTime" in params)) return DEFAULT_MAX_IDLE_SECONDS;
  return typeof params.MaxIdleTime === "number" ? params.MaxIdleTime : DEFAULT_MAX_IDLE_SECONDS;
}

/**
 * When the room's users (the recorder bot aside) stopped publishing, if they all did longer ago
 * than the task's MaxIdleTime plus a grace; null when someone publishes, it is too recent, or no
 * room events were heard (then the console cannot tell).
 */
export async function idleSinceMs(db: Db, row: RecordingTaskRow, nowMs: number): Promise<number | null> {
  const members = await db
    .select()
    .from(liveRoomMembers)
    .where(and(eq(liveRoomMembers.sdkAppId, row.sdkAppId), eq(liveRoomMembers.roomId, row.roomId)));
  const users = members.filter((member) => member.userId !== row.botUserId);
  if (users.length === 0) return null;
  const publishes = users.some(
    (member) => member.isPresent && (member.hasVideo || member.hasAudio || member.hasSubStream),
  );
  if (publishes) return null;
  const lastChangeMs = Math.max(
    ...users.flatMap((member) => [member.presenceAtMs, member.videoAtMs, member.audioAtMs, member.subStreamAtMs]),
  );
  const idleLimitMs = maxIdleSecondsOf(row) * 1000 + IDLE_GRACE_MS;
  return lastChangeMs > 0 && nowMs - lastChangeMs > idleLimitMs ? lastChangeMs : null;
}
