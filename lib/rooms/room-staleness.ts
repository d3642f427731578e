import type { LiveRoomRow } from "@/lib/db/schema";
import { msg } from "@/lib/i18n/message";
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

/** What the console did about a stale room: keys of `rooms.stale`. */
const AFTERWORD: Record<RepairOutcome | "checking", "noPackage" | "unlisted" | "failed" | "checking"> = {
  "no-package": "noPackage",
  unlisted: "unlisted",
  failed: "failed",
  // A stale room whose check another reader (or console instance) is running, or whose last check said it ran.
  live: "checking",
  closed: "checking",
  checking: "checking",
};

/** The stale mark of a room, with what the console did about it (a `msg` string); null when not stale. */
export function staleMarkOf(room: LiveRoomRow, nowMs: number, staleAfterMs: number): RoomStaleness | null {
  if (!isRoomStale(room, nowMs, staleAfterMs)) return null;
  const minutes = Math.floor((nowMs - room.lastEventReceivedAt.getTime()) / 60_000);
  const outcome = isRepairOutcome(room.repairOutcome) ? room.repairOutcome : "checking";
  return {
    lastEventAt: room.lastEventReceivedAt.toISOString(),
    note: msg("rooms.stale.note", { minutes, afterword: msg(`rooms.stale.${AFTERWORD[outcome]}`) }),
  };
}
