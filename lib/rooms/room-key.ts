import { isIntegerRoomId } from "./room-id";

/** TRTC's RoomIdType: integer rooms and string rooms are different rooms, even for "1234". */
export const ROOM_ID_TYPE = { string: 0, integer: 1 } as const;
export type RoomIdType = (typeof ROOM_ID_TYPE)[keyof typeof ROOM_ID_TYPE];

/** How the live_* tables name a room. */
export interface RoomKey {
  sdkAppId: number;
  roomId: string;
  roomIdType: RoomIdType;
}

/**
 * The room an event names: TRTC sends `RoomId` as a number for integer rooms and as a string for
 * string rooms ("same type as the client room id", reference §4.4). Null for an id no room has.
 */
export function roomKeyOf(sdkAppId: number, roomId: number | string): RoomKey | null {
  if (typeof roomId === "number") {
    return isIntegerRoomId(String(roomId))
      ? { sdkAppId, roomId: String(roomId), roomIdType: ROOM_ID_TYPE.integer }
      : null;
  }
  return roomId === "" ? null : { sdkAppId, roomId, roomIdType: ROOM_ID_TYPE.string };
}
