import type { MediaInfo } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { parseLegacyRecordingName } from "./file-names";
import type { RecordingDto } from "./types";

const FOREVER = "9999-12-31T23:59:59Z";

function decodeBase64(value: string): string {
  const decoded = Buffer.from(value, "base64").toString("utf8");
  return Buffer.from(decoded, "utf8").toString("base64").replace(/=+$/, "") === value.replace(/=+$/, "")
    ? decoded
    : value;
}

/** The push URL's query (roomid, userid in base64, userdefinerecordid), when VOD kept it. */
function pushParams(sourceContext: string | undefined): URLSearchParams {
  if (!sourceContext) return new URLSearchParams();
  const query = sourceContext.includes("?") ? sourceContext.slice(sourceContext.indexOf("?") + 1) : sourceContext;
  return new URLSearchParams(query);
}

/** One VOD MediaInfo as a recording; unknown or missing parts stay null rather than guessed. */
export function toRecording(media: MediaInfo, subAppId: number | null): RecordingDto {
  const basic = media.BasicInfo;
  const meta = media.MetaData;
  const name = basic?.Name ?? media.FileId ?? "";
  const parsed = parseLegacyRecordingName(name);
  const params = pushParams(basic?.SourceInfo?.SourceContext);
  const encodedUser = params.get("userid");
  const publisherUserId = encodedUser ? decodeBase64(encodedUser) : null;
  return {
    fileId: media.FileId ?? "",
    subAppId,
    name,
    type: basic?.Type ?? "",
    mediaUrl: basic?.MediaUrl ?? "",
    coverUrl: basic?.CoverUrl || null,
    createdAt: basic?.CreateTime ?? "",
    expiresAt: !basic?.ExpireTime || basic.ExpireTime === FOREVER ? null : basic.ExpireTime,
    durationSeconds: meta?.Duration ?? null,
    sizeBytes: meta?.Size ?? null,
    width: meta?.Width || null,
    height: meta?.Height || null,
    bitrate: meta?.Bitrate ?? null,
    container: meta?.Container ?? null,
    streamId: basic?.SourceInfo?.LiveRecordInfo?.StreamId ?? null,
    parts: parsed
      ? {
          prefix: parsed.prefix,
          sdkAppId: parsed.auto?.sdkAppId ?? null,
          roomId: parsed.auto?.roomId ?? params.get("roomid"),
          userId: parsed.auto?.userId ?? publisherUserId,
          streamType: parsed.streamType,
          start: parsed.start.toISOString(),
          end: parsed.end.toISOString(),
        }
      : null,
    publisherUserId,
    userDefineRecordId: params.get("userdefinerecordid"),
  };
}
