import type { MediaInfo } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { recordingNameParts } from "@/lib/recordings/name-parts";
import type { AudioStream, RecordingDto, RecordingSource, VideoStream } from "@/lib/recordings/types";

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

/** VOD writes "" or 0 for what it does not know; the page shows those as absent. */
const known = <T>(value: T | null | undefined): T | null =>
  value === undefined || value === "" || value === 0 ? null : value;

/** The stream path (AppName) of the push URL VOD kept, `trtc_<SdkAppId>` in `rtmp://domain/trtc_…/stream?…`. */
function pushPathOf(sourceContext: string | undefined): string | null {
  const match = /^rtmp:\/\/[^/?]+\/([^/?]+)\//.exec(sourceContext ?? "");
  return match?.[1] ?? null;
}

function sourceOf(media: MediaInfo): RecordingSource {
  const source = media.BasicInfo?.SourceInfo;
  const live = source?.LiveRecordInfo;
  const trtc = source?.TrtcRecordInfo;
  // LiveRecordInfo names the stream path; the push URL says it too, when VOD left Path out.
  const pushPath = source?.SourceType === "Record" ? pushPathOf(source.SourceContext) : null;
  return {
    type: known(source?.SourceType),
    liveRecord:
      live || pushPath
        ? {
            domain: known(live?.Domain),
            path: known(live?.Path) ?? pushPath,
            streamId: known(live?.StreamId),
            start: known(live?.RecordStartTime),
            end: known(live?.RecordEndTime),
          }
        : null,
    trtcRecord: trtc
      ? {
          sdkAppId: known(trtc.SdkAppId),
          roomId: known(trtc.RoomId),
          taskId: known(trtc.TaskId),
          userIds: trtc.UserIds ?? [],
        }
      : null,
  };
}

function streamsOf(media: MediaInfo): { video: VideoStream[]; audio: AudioStream[] } {
  const meta = media.MetaData;
  return {
    video: (meta?.VideoStreamSet ?? []).map((stream) => ({
      codec: stream.Codec ?? "",
      width: known(stream.Width),
      height: known(stream.Height),
      fps: known(stream.Fps),
      bitrate: known(stream.Bitrate),
    })),
    audio: (meta?.AudioStreamSet ?? []).map((stream) => ({
      codec: stream.Codec ?? "",
      samplingRate: known(stream.SamplingRate),
      bitrate: known(stream.Bitrate),
    })),
  };
}

/** One VOD MediaInfo as a recording; unknown or missing parts stay null rather than guessed. */
export function toRecording(media: MediaInfo, subAppId: number | null): RecordingDto {
  const basic = media.BasicInfo;
  const meta = media.MetaData;
  const name = basic?.Name ?? media.FileId ?? "";
  const source = sourceOf(media);
  const params = pushParams(basic?.SourceInfo?.SourceContext);
  const encodedUser = params.get("userid");
  const publisherUserId = encodedUser ? decodeBase64(encodedUser) : null;
  const userDefineRecordId = params.get("userdefinerecordid");
  const streamId = source.liveRecord?.streamId ?? null;
  const parsed = recordingNameParts(name, { streamId, userDefineRecordId });
  // Names carry the room and user only for some rules; the push query and the task fill them in.
  const roomId = parsed?.roomId ?? params.get("roomid") ?? params.get("strroomid") ?? source.trtcRecord?.roomId ?? null;
  const parts = parsed ? { ...parsed, roomId, userId: parsed.userId ?? publisherUserId } : null;
  const streams = streamsOf(media);
  return {
    fileId: media.FileId ?? "",
    subAppId,
    name,
    type: basic?.Type ?? "",
    mediaUrl: basic?.MediaUrl ?? "",
    // Made https and signed per application by withPlaybackUrls, on the server.
    playbackUrl: basic?.MediaUrl ?? "",
    coverUrl: basic?.CoverUrl || null,
    createdAt: basic?.CreateTime ?? "",
    expiresAt: !basic?.ExpireTime || basic.ExpireTime === FOREVER ? null : basic.ExpireTime,
    durationSeconds: meta?.Duration ?? null,
    sizeBytes: meta?.Size ?? null,
    width: meta?.Width || null,
    height: meta?.Height || null,
    bitrate: meta?.Bitrate ?? null,
    container: meta?.Container ?? null,
    videoStreams: streams.video,
    audioStreams: streams.audio,
    streamId,
    roomId,
    source,
    parts,
    publisherUserId,
    userDefineRecordId,
  };
}
