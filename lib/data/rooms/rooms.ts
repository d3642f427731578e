import "server-only";
import { and, eq, gte, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { liveRoomMembers, liveRooms } from "@/lib/db/schema";
import type { LiveRoomState } from "@/lib/rooms/live-room-state";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import { ROOM_ID_TYPE, type RoomIdType } from "@/lib/rooms/room-key";

const asRoomIdType = (value: number): RoomIdType => (value === ROOM_ID_TYPE.integer ? 1 : 0);

/** Live: opened after its last dismissal (a 102 in the same millisecond wins). */
const isRoomOpen = sql`${liveRooms.lastOpenAtMs} > coalesce(${liveRooms.dismissedAtMs}, -1)`;
/** Present in the room's current life: seen in after its last dismissal. */
const isMemberPresent = sql`${liveRoomMembers.isPresent} and ${liveRoomMembers.presenceAtMs} > coalesce(${liveRooms.dismissedAtMs}, -1)`;

async function liveRoomStates(db: Db, sdkAppId: number, roomId?: string): Promise<LiveRoomState[]> {
  const rows = await db
    .select({ room: liveRooms, member: liveRoomMembers })
    .from(liveRooms)
    .innerJoin(
      liveRoomMembers,
      and(
        eq(liveRoomMembers.sdkAppId, liveRooms.sdkAppId),
        eq(liveRoomMembers.roomIdType, liveRooms.roomIdType),
        eq(liveRoomMembers.roomId, liveRooms.roomId),
      ),
    )
    .where(
      and(
        eq(liveRooms.sdkAppId, sdkAppId),
        roomId === undefined ? undefined : eq(liveRooms.roomId, roomId),
        isRoomOpen,
        isMemberPresent,
      ),
    );
  const byRoom = new Map<string, LiveRoomState>();
  for (const { room, member } of rows) {
    const id = `${room.roomIdType}/${room.roomId}`;
    const state = byRoom.get(id) ?? {
      key: { sdkAppId: room.sdkAppId, roomId: room.roomId, roomIdType: asRoomIdType(room.roomIdType) },
      room,
      members: [],
    };
    state.members.push(member);
    byRoom.set(id, state);
  }
  return [...byRoom.values()];
}

/**
 * The app's live rooms with the users in them, from the rooms folded from TRTC's events. A room
 * whose every user left is not listed, even when its 102 has not arrived.
 */
export async function listLiveRoomStates(db: Db, sdkAppId: number): Promise<LiveRoomState[]> {
  return liveRoomStates(db, sdkAppId);
}

/**
 * One live room by the id in the console's URL. An integer room and a string room may share an
 * id ("1234"); the console addresses a decimal uint32 as the integer room (room-id.ts), so that
 * one is preferred.
 */
export async function getLiveRoomState(db: Db, sdkAppId: number, roomId: string): Promise<LiveRoomState | null> {
  const states = await liveRoomStates(db, sdkAppId, roomId);
  const preferred = isIntegerRoomId(roomId) ? ROOM_ID_TYPE.integer : ROOM_ID_TYPE.string;
  return states.find((state) => state.key.roomIdType === preferred) ?? states[0] ?? null;
}

/**
 * Whether the events say a room emptied after `sinceMs` (TRTC ends an MCU mix then): something was
 * folded for the room since, and nobody is in it now. False when the console heard nothing of the
 * room since (its callbacks may not reach the console): a mix is then taken to be still running.
 */
export async function hasRoomEmptiedSince(db: Db, sdkAppId: number, roomId: string, sinceMs: number): Promise<boolean> {
  const [heard] = await db
    .select({ roomId: liveRooms.roomId })
    .from(liveRooms)
    .where(and(eq(liveRooms.sdkAppId, sdkAppId), eq(liveRooms.roomId, roomId), gte(liveRooms.lastEventAtMs, sinceMs)))
    .limit(1);
  if (!heard) return false;
  return (await liveRoomStates(db, sdkAppId, roomId)).length === 0;
}
