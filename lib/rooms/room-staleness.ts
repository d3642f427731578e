import type { LiveRoomRow } from "@/lib/db/schema";
import type { RoomStaleness } from "./types";

/** What DescribeRoomInfo said of a stale room, kept on its row (`repair_outcome`). */
export const REPAIR_OUTCOMES = ["live", "closed", "no-package", "unlisted", "failed"] as const;
export type RepairOutcome = (typeof REPAIR_OUTCOMES)[number];

const isRepairOutcome = (value: string | null): value is RepairOutcome =>
  REPAIR_OUTCOMES.some((outcome) => outcome === value);

/**
 * Stale: no event arrived for longer than `staleAfterMs`, and DescribeRoomInfo has not said within
 * that time that the room still runs. A quiet room is not a dead one (people may sit publishing
 * for hours, and that sends no event), so stale is a mark, not an end.
 */
export function isRoomStale(room: LiveRoomRow, nowMs: number, staleAfterMs: number): boolean {
  if (nowMs - room.lastEventReceivedAt.getTime() <= staleAfterMs) return false;
  const checkedAtMs = room.repairCheckedAt?.getTime();
  const isConfirmed = room.repairOutcome === "live" && checkedAtMs !== undefined && nowMs - checkedAtMs <= staleAfterMs;
  return !isConfirmed;
}

const AFTERWORD: Record<RepairOutcome | "checking", string> = {
  "no-package":
    "This app has no monitoring package, so DescribeRoomInfo cannot check it: see who is still there in TRTC's console, or dismiss the room if it is over.",
  unlisted:
    "DescribeRoomInfo does not list it among the last 24 hours' rooms, so the console cannot tell: dismiss the room if it is over.",
  failed: "DescribeRoomInfo could not be asked just now; it is asked again after the next quiet period.",
  // A stale room whose check another reader (or console instance) is running, or whose last check said it ran.
  live: "The console is checking it with DescribeRoomInfo.",
  closed: "The console is checking it with DescribeRoomInfo.",
  checking: "The console is checking it with DescribeRoomInfo.",
};

/** The stale mark of a room, with what the console did about it in words; null when not stale. */
export function staleMarkOf(room: LiveRoomRow, nowMs: number, staleAfterMs: number): RoomStaleness | null {
  if (!isRoomStale(room, nowMs, staleAfterMs)) return null;
  const minutes = Math.floor((nowMs - room.lastEventReceivedAt.getTime()) / 60_000);
  const outcome = isRepairOutcome(room.repairOutcome) ? room.repairOutcome : "checking";
  return {
    lastEventAt: room.lastEventReceivedAt.toISOString(),
    note: `No event from TRTC for ${minutes} minute${minutes === 1 ? "" : "s"}: its users may have left without their exit reaching the console (Tencent drops a callback it could not deliver within a minute). ${AFTERWORD[outcome]}`,
  };
}
