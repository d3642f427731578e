import type { RelayPublish } from "../../../media/relay/relay";
import { MAX_STRING_ROOM_ID_LENGTH, MAX_USER_ID_LENGTH, ROOM_ID_TYPE, isIntegerRoomId, type RoomKey } from "./room-key";
import { sdkAppIdOfStreamApp, type StreamType } from "./stream-id";

/** One published stream of a user in a room. A user may have a main and an aux stream at once. */
export interface RoomStream {
  sessionId: string;
  streamId: string;
  streamType: StreamType;
  userDefineRecordId: string | undefined;
  /** Set when StartStreamIngest's ffmpeg is the publisher. */
  taskId: string | undefined;
}

export interface PublishIdentity {
  room: RoomKey;
  userId: string;
  clientIp: string;
  stream: RoomStream;
}

export type PublishParseResult = { ok: true; identity: PublishIdentity } | { ok: false; reason: string };

function roomOf(sdkAppId: number, query: Record<string, string>): RoomKey | string {
  // TRTC enters string rooms with `strRoomId` and integer rooms with `roomId`; a non-numeric
  // `roomid` can only mean a string room.
  const strRoomId = query.strroomid;
  if (strRoomId !== undefined) {
    if (!strRoomId || strRoomId.length > MAX_STRING_ROOM_ID_LENGTH) return "strroomid must have 1 to 64 characters";
    return { sdkAppId, roomId: strRoomId, roomIdType: ROOM_ID_TYPE.string };
  }
  const roomId = query.roomid;
  if (!roomId) return "the push URL needs a roomid (or strroomid) query parameter";
  if (isIntegerRoomId(roomId)) return { sdkAppId, roomId, roomIdType: ROOM_ID_TYPE.integer };
  if (roomId.length > MAX_STRING_ROOM_ID_LENGTH) return "roomid must have at most 64 characters";
  return { sdkAppId, roomId, roomIdType: ROOM_ID_TYPE.string };
}

/**
 * Reads who enters which room from a push to `rtmp://…/trtc_<SdkAppId>/<streamId>?roomid=…&userid=…`
 * (optional `strroomid`, `streamtype=main|aux`, `userdefinerecordid`), the enterRoom parameters
 * carried as query parameters the way TRTC's bypass push URLs carry them.
 */
export function parsePublish(publish: RelayPublish, isKnownApp: (sdkAppId: number) => boolean): PublishParseResult {
  const sdkAppId = sdkAppIdOfStreamApp(publish.app);
  if (sdkAppId === undefined)
    return { ok: false, reason: `the stream path must start with /trtc_<SdkAppId>, got /${publish.app}` };
  if (!isKnownApp(sdkAppId)) return { ok: false, reason: `the SdkAppId ${sdkAppId} does not exist in the local cloud` };
  const room = roomOf(sdkAppId, publish.query);
  if (typeof room === "string") return { ok: false, reason: room };
  const userId = publish.query.userid;
  if (!userId) return { ok: false, reason: "the push URL needs a userid query parameter" };
  if (userId.length > MAX_USER_ID_LENGTH) return { ok: false, reason: "userid must have at most 32 characters" };
  const streamType = publish.query.streamtype ?? "main";
  if (streamType !== "main" && streamType !== "aux") return { ok: false, reason: "streamtype must be main or aux" };
  return {
    ok: true,
    identity: {
      room,
      userId,
      clientIp: publish.clientIp,
      stream: {
        sessionId: publish.sessionId,
        streamId: publish.name,
        streamType,
        userDefineRecordId: publish.query.userdefinerecordid || undefined,
        taskId: publish.query.taskid || undefined,
      },
    },
  };
}
