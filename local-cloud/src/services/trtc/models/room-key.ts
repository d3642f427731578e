/** TRTC's RoomIdType (StartStreamIngest, CreateCloudRecording): 0 = string room, 1 = 32-bit integer room. */
export const ROOM_ID_TYPE = { string: 0, integer: 1 } as const;
export type RoomIdType = (typeof ROOM_ID_TYPE)[keyof typeof ROOM_ID_TYPE];

/** Integer rooms and string rooms are different rooms even when they print the same ("123" vs 123). */
export interface RoomKey {
  sdkAppId: number;
  roomId: string;
  roomIdType: RoomIdType;
}

const UINT32_MAX = 4_294_967_295;
export const MAX_STRING_ROOM_ID_LENGTH = 64;
export const MAX_USER_ID_LENGTH = 32;

/** A decimal uint32 without leading zeros: how an integer room id prints (same rule as the console). */
export function isIntegerRoomId(roomId: string): boolean {
  return /^[1-9][0-9]{0,9}$/.test(roomId) && Number(roomId) <= UINT32_MAX;
}

export function roomKeyId(key: RoomKey): string {
  return `${key.sdkAppId}/${key.roomIdType}/${key.roomId}`;
}

export const integerRoom = (sdkAppId: number, roomId: number): RoomKey => ({
  sdkAppId,
  roomId: String(roomId),
  roomIdType: ROOM_ID_TYPE.integer,
});

export const stringRoom = (sdkAppId: number, roomId: string): RoomKey => ({
  sdkAppId,
  roomId,
  roomIdType: ROOM_ID_TYPE.string,
});
