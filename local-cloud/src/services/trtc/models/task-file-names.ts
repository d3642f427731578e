import { ROOM_ID_TYPE, type RoomKey } from "./room-key";

/** TRTC's base64 for ids in file names: `/` → `-` and `=` → `.` (reference §5.2; `+` is kept). */
export function fileNameBase64(value: string): string {
  return Buffer.from(value, "utf8").toString("base64").replaceAll("/", "-").replaceAll("=", ".");
}

/** Integer rooms print as they are; string rooms are encoded like user ids. */
const roomPart = (room: RoomKey) =>
  room.roomIdType === ROOM_ID_TYPE.integer ? room.roomId : fileNameBase64(room.roomId);

export interface TaskFileNameInput {
  room: RoomKey;
  /** The recorded user, or undefined for the mixed file. */
  userId: string | undefined;
  mediaId: "main" | "aux";
  /** 1-based; written only when the recording was split into several files. */
  index: number;
  isSplit: boolean;
  userDefineRecordId: string | undefined;
}

/**
 * A cloud-recording file's VOD name (reference §5.2): single-stream
 * `<SdkAppId>_<RoomId>_UserId_s_<UserId>_UserId_e_<MediaId>[_<Index>]`, mixed
 * `<SdkAppId>_<RoomId>[_<Index>]`, with `<UserDefineRecordId>__UserDefine_u_` in front when given.
 */
export function taskFileName(input: TaskFileNameInput): string {
  const base =
    input.userId === undefined
      ? `${input.room.sdkAppId}_${roomPart(input.room)}`
      : `${input.room.sdkAppId}_${roomPart(input.room)}_UserId_s_${fileNameBase64(input.userId)}_UserId_e_${input.mediaId}`;
  const indexed = input.isSplit ? `${base}_${input.index}` : base;
  return input.userDefineRecordId ? `${input.userDefineRecordId}__UserDefine_u_${indexed}` : indexed;
}
