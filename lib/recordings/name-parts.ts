import { parseCloudRecordingName } from "./cloud-recording-names";
import { parseLegacyRecordingName } from "./file-names";

/**
 * Which naming rule a recording's name follows (reference §5). Legacy names cannot tell a stream
 * id from an MCU mix's RecordId by themselves; the recording's own stream id settles it when known.
 */
export type NamingRule =
  "auto" | "userDefineRecordId" | "streamId" | "mixRecordId" | "streamIdOrRecordId" | "cloudSingle" | "cloudMixed";

/** A recording name split into its parts; null parts are not in the name. */
export interface RecordingNameParts {
  rule: NamingRule;
  /** Legacy names: everything before the times (the stream id, record id or `sdkappid_roomid_userid_type`). */
  prefix: string | null;
  sdkAppId: number | null;
  roomId: string | null;
  userId: string | null;
  streamType: "main" | "aux" | null;
  userDefineRecordId: string | null;
  /** Cloud recordings split at 2 GB or 24 h number their files from 1. */
  index: number | null;
  /** ISO instants; legacy names carry them (in UTC+8), cloud-recording names do not. */
  start: string | null;
  end: string | null;
}

/** What the media says of itself besides its name: SourceInfo's stream id and push query. */
export interface NameHints {
  streamId: string | null;
  userDefineRecordId: string | null;
}

function legacyRule(prefix: string, streamType: "main" | "aux" | null, isAuto: boolean, hints: NameHints): NamingRule {
  if (streamType) {
    if (hints.userDefineRecordId && prefix === `${hints.userDefineRecordId}_${streamType}`) return "userDefineRecordId";
    return isAuto ? "auto" : "userDefineRecordId";
  }
  if (!hints.streamId) return "streamIdOrRecordId";
  return prefix === hints.streamId ? "streamId" : "mixRecordId";
}

/** Splits a recording's VOD name by whichever naming rule it follows, or null when it follows none. */
export function recordingNameParts(name: string, hints: NameHints): RecordingNameParts | null {
  const legacy = parseLegacyRecordingName(name);
  if (legacy) {
    const rule = legacyRule(legacy.prefix, legacy.streamType, legacy.auto !== null, hints);
    const auto = rule === "auto" ? legacy.auto : null;
    return {
      rule,
      prefix: legacy.prefix,
      sdkAppId: auto?.sdkAppId ?? null,
      roomId: auto?.roomId ?? null,
      userId: auto?.userId ?? null,
      streamType: legacy.streamType,
      userDefineRecordId:
        rule === "userDefineRecordId" && legacy.streamType
          ? legacy.prefix.slice(0, -`_${legacy.streamType}`.length)
          : null,
      index: null,
      start: legacy.start.toISOString(),
      end: legacy.end.toISOString(),
    };
  }
  const cloud = parseCloudRecordingName(name);
  if (!cloud) return null;
  return {
    rule: cloud.isMixed ? "cloudMixed" : "cloudSingle",
    prefix: null,
    sdkAppId: cloud.sdkAppId,
    roomId: cloud.roomId,
    userId: cloud.userId,
    streamType: cloud.mediaId,
    userDefineRecordId: cloud.userDefineRecordId,
    index: cloud.index,
    start: null,
    end: null,
  };
}
