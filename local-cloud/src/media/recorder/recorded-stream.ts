import type { RelayPublish } from "../relay/relay";
import { parseMixPublish, publicMixQuery, type MixIdentity } from "../mixer/mix-publish";
import { parsePublish } from "../../services/trtc/models/publish-identity";
import type { RoomIdType } from "../../services/trtc/models/room-key";
import { defaultStreamId, sdkAppIdOfStreamApp, type StreamType } from "../../services/trtc/models/stream-id";

/** Who and what a recorded TRTC stream is, as the names, VOD and callbacks need it. */
export interface RecordedStream {
  sdkAppId: number;
  /** The account's CSS push domain `<BizId>.livepush.myqcloud.com` (not the SdkAppId's: reference §8). */
  domain: string;
  /** Relay app (CSS AppName), `trtc_<SdkAppId>`. */
  appName: string;
  streamId: string;
  roomId: string;
  /** 0 string room, 1 integer room (ROOM_ID_TYPE); rows written before it existed lack it. */
  roomIdType?: RoomIdType;
  userId: string;
  streamType: StreamType;
  userDefineRecordId: string | undefined;
  /** The stream id is TRTC's own `<sdkappid>_<roomid>_<userid>_<type>`, not one the app chose. */
  hasDefaultStreamId: boolean;
  /** The push query with `userid` base64-encoded, as TRTC's SourceContext and `stream_param` carry it. */
  streamParam: string;
  /** Set when the stream is a mixed picture made by the local cloud (no user publishes it). */
  mix?: MixIdentity;
}

/** TRTC writes the base64 user id as it is (`userid=YWxpY2U=`), the other values URL-encoded. */
function streamParamOf(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([key, value]) =>
      key === "userid"
        ? `${key}=${Buffer.from(value, "utf8").toString("base64")}`
        : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`,
    )
    .join("&");
}

function mixStreamOf(publish: RelayPublish, pushDomain: string): RecordedStream | null {
  const sdkAppId = sdkAppIdOfStreamApp(publish.app);
  const mix = sdkAppId === undefined ? undefined : parseMixPublish(sdkAppId, publish.query);
  if (sdkAppId === undefined || !mix) return null;
  return {
    sdkAppId,
    domain: pushDomain,
    appName: publish.app,
    streamId: publish.name,
    roomId: mix.roomId,
    roomIdType: mix.roomIdType,
    userId: "",
    streamType: "main",
    userDefineRecordId: undefined,
    hasDefaultStreamId: false,
    streamParam: streamParamOf(publicMixQuery(publish.query)),
    mix,
  };
}

/**
 * Null for a publish that is not a TRTC stream (the relay's policy admitted it for other reasons).
 * `pushDomain` is the account's when the publish starts: every app of an account pushes to it.
 */
export function recordedStreamOf(publish: RelayPublish, pushDomain: string): RecordedStream | null {
  const mix = mixStreamOf(publish, pushDomain);
  if (mix) return mix;
  // The relay's TRTC policy has already decided whether the app exists; here only the shape matters.
  const parsed = parsePublish(publish, () => true);
  if (!parsed.ok) return null;
  const { room, userId, stream } = parsed.identity;
  return {
    sdkAppId: room.sdkAppId,
    domain: pushDomain,
    appName: publish.app,
    streamId: stream.streamId,
    roomId: room.roomId,
    roomIdType: room.roomIdType,
    userId,
    streamType: stream.streamType,
    userDefineRecordId: stream.userDefineRecordId,
    hasDefaultStreamId: stream.streamId === defaultStreamId(room.sdkAppId, room.roomId, userId, stream.streamType),
    streamParam: streamParamOf(publish.query),
  };
}
