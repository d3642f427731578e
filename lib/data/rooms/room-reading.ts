import "server-only";
import type { Db } from "@/lib/db/open-database";
import { env } from "@/lib/env";
import type { LiveRoomState } from "@/lib/rooms/live-room-state";
import { pruneLiveRooms } from "@/lib/actions/rooms/prune-live-rooms";
import { repairStaleRoom, type AskRoomInfo } from "@/lib/actions/rooms/repair-stale-room";
import { isRoomStale, staleMarkOf } from "@/lib/rooms/room-staleness";
import { toLiveRoom } from "@/lib/rooms/to-live-room";
import type { LiveRoom, RoomReading, RoomsReading } from "@/lib/rooms/types";
import { getLiveRoomState, listLiveRoomStates } from "@/lib/data/rooms/rooms";

export interface ReadRoomsOptions {
  now?: Date;
  staleAfterMinutes?: number;
  /** DescribeRoomInfo, replaceable in tests. */
  ask?: AskRoomInfo;
}

/** Pruning is housekeeping: once in a while per process and app is plenty. */
const PRUNE_EVERY_MS = 10 * 60_000;
const lastPrunedAt = new Map<number, number>();

async function pruneNowAndThen(db: Db, sdkAppId: number, now: Date): Promise<void> {
  if (now.getTime() - (lastPrunedAt.get(sdkAppId) ?? 0) < PRUNE_EVERY_MS) return;
  lastPrunedAt.set(sdkAppId, now.getTime());
  await pruneLiveRooms(db, sdkAppId, now);
}

function settingsOf(options: ReadRoomsOptions) {
  const staleAfterMinutes = options.staleAfterMinutes ?? env.rooms.staleAfterMinutes;
  return { now: options.now ?? new Date(), staleAfterMinutes, staleAfterMs: staleAfterMinutes * 60_000 };
}

/**
 * Reads rooms, repairing the stale ones first where the app has the package (one DescribeRoomInfo
 * per stale room and period, whoever reads), then reshapes them for the pages. No reader ever
 * calls Tencent for a room that is not stale.
 */
async function readStates(
  db: Db,
  read: () => Promise<LiveRoomState[]>,
  options: ReadRoomsOptions,
): Promise<{ rooms: LiveRoom[]; staleAfterMinutes: number }> {
  const { now, staleAfterMinutes, staleAfterMs } = settingsOf(options);
  let states = await read();
  const stale = states.filter((state) => isRoomStale(state.room, now.getTime(), staleAfterMs));
  if (stale.length > 0) {
    const outcomes = await Promise.all(
      stale.map((state) => repairStaleRoom(db, state, { now, staleAfterMs, ask: options.ask })),
    );
    if (outcomes.some((outcome) => outcome !== null)) states = await read();
  }
  const rooms = states
    .map((state) => toLiveRoom(state, staleMarkOf(state.room, now.getTime(), staleAfterMs)))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.roomId.localeCompare(b.roomId));
  return { rooms, staleAfterMinutes };
}

/** The app's live rooms and their users, from TRTC's room and media events. */
export async function readLiveRooms(db: Db, sdkAppId: number, options: ReadRoomsOptions = {}): Promise<RoomsReading> {
  await pruneNowAndThen(db, sdkAppId, options.now ?? new Date());
  return readStates(db, () => listLiveRoomStates(db, sdkAppId), options);
}

/** One live room (null when nobody is in it, as far as the events say). */
export async function readLiveRoom(
  db: Db,
  sdkAppId: number,
  roomId: string,
  options: ReadRoomsOptions = {},
): Promise<RoomReading> {
  const { rooms, staleAfterMinutes } = await readStates(
    db,
    async () => {
      const state = await getLiveRoomState(db, sdkAppId, roomId);
      return state ? [state] : [];
    },
    options,
  );
  return { room: rooms[0] ?? null, staleAfterMinutes };
}
