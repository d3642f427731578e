import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { liveRoomMembers, liveRooms } from "@/lib/db/schema";
import type { VerifiedTrtcEvent } from "@/lib/actions/rooms/fold-room-event";
import { ROOM_EVENT } from "../room-events";

export const TEST_APP = 1400000123;
/** Events' own times start here (ms); arrivals are 200 ms after. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

export type EventName = keyof typeof ROOM_EVENT;

/** A verified event as the receiver hands it on: `atMs` after T0, arriving 200 ms later. */
export function roomEvent(
  name: EventName,
  atMs: number,
  options: { roomId: number | string; userId?: string; role?: number; sdkAppId?: number },
): VerifiedTrtcEvent {
  const type = ROOM_EVENT[name];
  return {
    sdkAppId: options.sdkAppId ?? TEST_APP,
    eventGroupId: type < 200 ? 1 : 2,
    eventType: type,
    eventInfo: {
      RoomId: options.roomId,
      EventMsTs: T0 + atMs,
      ...(options.userId === undefined ? {} : { UserId: options.userId }),
      ...(options.role === undefined ? {} : { Role: options.role }),
    },
    receivedAt: new Date(T0 + atMs + 200),
  };
}

/** The same events in another room: each trial of an ordering folds into a room of its own. */
export const inRoom = (events: readonly VerifiedTrtcEvent[], roomId: number | string): VerifiedTrtcEvent[] =>
  events.map((event) => ({ ...event, eventInfo: { ...event.eventInfo, RoomId: roomId } }));

/** A room's folded rows without its id, to compare two rooms that folded the same events. */
export async function foldedRows(db: Db, roomId: string, sdkAppId = TEST_APP) {
  const [room] = await db
    .select()
    .from(liveRooms)
    .where(and(eq(liveRooms.sdkAppId, sdkAppId), eq(liveRooms.roomId, roomId)));
  const members = await db
    .select()
    .from(liveRoomMembers)
    .where(and(eq(liveRoomMembers.sdkAppId, sdkAppId), eq(liveRoomMembers.roomId, roomId)))
    .orderBy(asc(liveRoomMembers.userId));
  const withoutRoomId = <Row extends { roomId: string }>({ roomId: _roomId, ...rest }: Row) => rest;
  return { room: room ? withoutRoomId(room) : null, members: members.map(withoutRoomId) };
}

/** A deterministic shuffle (mulberry32), so a failing order can be replayed from its seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const item = copy[index] as T;
    copy[index] = copy[other] as T;
    copy[other] = item;
  }
  return copy;
}

/**
 * A room's afternoon, as TRTC tells it: a teacher and two students enter and publish, one mutes
 * and shares a screen, one leaves (104 alone, no 202/204), the room is dismissed, then it is
 * created again and a student comes back without video.
 */
export function afternoonOfRoom(roomId: number | string): VerifiedTrtcEvent[] {
  const at = (name: EventName, ms: number, userId?: string, role?: number) =>
    roomEvent(name, ms, { roomId, userId, role });
  return [
    at("createRoom", 0, "teacher"),
    at("enterRoom", 0, "teacher", 20),
    at("startVideo", 10, "teacher"),
    at("startAudio", 10, "teacher"),
    at("enterRoom", 1_000, "student1", 21),
    at("changeRole", 2_000, "student1", 20),
    at("startVideo", 2_100, "student1"),
    at("startAudio", 2_100, "student1"),
    at("enterRoom", 3_000, "student2", 20),
    at("startAudio", 3_100, "student2"),
    at("stopAudio", 4_000, "teacher"),
    at("startSubStream", 4_500, "teacher"),
    at("exitRoom", 5_000, "student1", 20),
    // TRTC's millisecond is coarse: a start and the exit can share one.
    at("startVideo", 6_000, "student2"),
    at("exitRoom", 6_000, "student2", 20),
    at("stopSubStream", 6_500, "teacher"),
    at("exitRoom", 7_000, "teacher", 20),
    at("dismissRoom", 7_000),
    at("createRoom", 9_000, "student2"),
    at("enterRoom", 9_000, "student2", 20),
    at("startAudio", 9_100, "student2"),
  ];
}
