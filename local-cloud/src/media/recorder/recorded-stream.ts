import type { RelayPublish } from "../relay/relay";
import { parseMixPublish, publicMixQuery, type MixIdentity } from "../mixer/mix-publish";
import { parsePublish } from "../../services/trtc/models/publish-identity";
import type { RoomIdType } from "../../services/trtc/models/room-key";
import { defaultStreamId, sdkAppIdOfStreamApp, type StreamType } from "../../services/trtc/models/stream-id";

/** Who and what a recorded TRTC stream is, as the names, VOD and callbacks need it. */
export interface RecordedStream {
  sdkAppId: number;
  /** CSS push domain `<SdkAppId>.livepush.myqcloud.com`. */
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

export const pushDomainOf = (sdkAppId: number) => `${sdkAppId}.livepush.myqcloud.com`;

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

function mixStreamOf(publish: RelayPublish): RecordedStream | null {
  const sdkAppId = sdkAppIdOfStreamApp(publish.app);
  const mix = sdkAppId === undefined ? undefined : parseMixPublish(sdkAppId, publish.query);
  if (sdkAppId === undefined || !mix) return null;
  return {
    sdkAppId,
    domain: pushDomainOf(sdkAppId),
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

/** Null for a publish that is not a TRTC stream (the relay's policy admitted it for other reasons). */
export function recordedStreamOf(publish: RelayPublish): RecordedStream | null {
  const mix = mixStreamOf(publish);
  if (mix) return mix;
  // The relay's TRTC policy has already decided whether the app exists; here only the shape matters.
  const parsed = parsePublish(publish, () => true);
  if (!parsed.ok) return null;
  const { room, userId, stream } = parsed.identity;
  return {
    sdkAppId: room.sdkAppId,
    domain: pushDomainOf(room.sdkAppId),
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
