import { TASK_LAYOUT_MODES, type TaskLayoutRequest, type TaskRenderMode } from "@shared/layouts/task-layout-types";
import type { StreamType } from "@shared/layouts/types";
import { ApiError } from "../../../core/api-error";
import type { MixEncoding } from "../../../media/mixer/mix-graph";
import type { RecordingFormat } from "../../../recording/contracts";
import type { CreateCloudRecording, TaskMixLayout, TaskSubscription } from "../schemas/cloud-recording";
import { isIntegerRoomId, ROOM_ID_TYPE, type RoomKey } from "./room-key";
import { subscriptionProblem, type Subscription } from "./subscription";

/** What a cloud-recording task records and how, once its request has been checked as a whole. */
export interface TaskConfig {
  room: RoomKey;
  botUserId: string;
  mode: "single" | "mixed";
  maxIdleSeconds: number;
  /** StreamType: which media are recorded at all. */
  media: { audio: boolean; video: boolean };
  /** MediaId: main, aux or both streams of each user. */
  streams: ReadonlySet<"main" | "aux">;
  subscription: Subscription;
  formats: RecordingFormat[];
  /** MaxMediaFileDuration in seconds (MP4 and AAC; HLS is never split). */
  splitSeconds: number;
  storageTimeSeconds: number;
  subAppId: number | null;
  userDefineRecordId: string | undefined;
  encoding: MixEncoding;
  layout: TaskLayoutRequest;
}

const DEFAULT_MAX_IDLE_SECONDS = 30;
const DEFAULT_SPLIT_MINUTES = 1440;
/** TencentVod.MediaType: 0 mp4, 1 hls, 2 aac, 3 hls+mp4, 4 hls+aac. */
const FORMATS_OF_MEDIA_TYPE: Record<number, RecordingFormat[]> = {
  0: ["mp4"],
  1: ["hls"],
  2: ["aac"],
  3: ["hls", "mp4"],
  4: ["hls", "aac"],
};
const SAMPLE_RATE_OF: Record<number, number> = { 1: 48_000, 2: 44_100, 3: 16_000 };

const invalid = (message: string, code = "InvalidParameter") => new ApiError(code, message);

function storageOf(request: CreateCloudRecording) {
  const { CloudStorage, CloudVod } = request.StorageParams;
  if (CloudStorage && CloudVod)
    throw invalid("StorageParams.CloudStorage and StorageParams.CloudVod are mutually exclusive: give one.");
  if (CloudStorage)
    throw invalid(
      "The local cloud stores cloud recordings in VOD only: use StorageParams.CloudVod.TencentVod (COS and AWS storage are not emulated).",
    );
  if (!CloudVod) throw new ApiError("MissingParameter", "The request is missing StorageParams.CloudVod.TencentVod.");
  return CloudVod.TencentVod ?? {};
}

function roomOf(request: CreateCloudRecording): RoomKey {
  const isInteger = (request.RoomIdType ?? ROOM_ID_TYPE.integer) === ROOM_ID_TYPE.integer;
  if (isInteger && !isIntegerRoomId(request.RoomId))
    throw invalid(
      `RoomId \`${request.RoomId}\` is not an integer room id (1 to 4294967295), but RoomIdType is 1 (integer rooms, the default); use RoomIdType 0 for string rooms.`,
      "InvalidParameter.RoomId",
    );
  return {
    sdkAppId: request.SdkAppId,
    roomId: request.RoomId,
    roomIdType: isInteger ? ROOM_ID_TYPE.integer : ROOM_ID_TYPE.string,
  };
}

/** The task's subscription lists, checked (allow and deny lists for the same media exclude each other). */
export function subscriptionOf(lists: TaskSubscription | undefined): Subscription {
  const subscription: Subscription = {
    subscribeAudio: lists?.SubscribeAudioUserIds,
    unsubscribeAudio: lists?.UnSubscribeAudioUserIds,
    subscribeVideo: lists?.SubscribeVideoUserIds,
    unsubscribeVideo: lists?.UnSubscribeVideoUserIds,
  };
  const problem = subscriptionProblem(subscription);
  if (problem) throw invalid(`RecordParams.SubscribeStreamUserIds: ${problem}`);
  return subscription;
}

function encodingOf(request: CreateCloudRecording, layout: TaskMixLayout | undefined): MixEncoding {
  const video = request.MixTranscodeParams?.VideoParams;
  const audio = request.MixTranscodeParams?.AudioParams;
  const width = video?.Width ?? 360;
  const height = video?.Height ?? 640;
  if (width * height > 1920 * 1080)
    throw invalid(
      `MixTranscodeParams.VideoParams: Width × Height must not exceed 1920 × 1080 (got ${width} × ${height}).`,
    );
  return {
    width: width + (width % 2),
    height: height + (height % 2),
    fps: video?.Fps ?? 15,
    videoKbps: Math.round((video?.BitRate ?? 550_000) / 1000),
    gopSeconds: video?.Gop ?? 10,
    audioSampleRate: SAMPLE_RATE_OF[audio?.SampleRate ?? 1] ?? 48_000,
    audioKbps: Math.round((audio?.BitRate ?? 64_000) / 1000),
    audioChannels: audio?.Channel ?? 2,
    backgroundColor: layout?.BackGroundColor ? Number.parseInt(layout.BackGroundColor.slice(1), 16) : 0,
    isAudioOnly: request.RecordParams.StreamType === 1,
    showPlaceholders: layout?.PlaceHolderMode === 1,
  };
}

/** A task's mixed layout (MixLayoutParams), checked against its canvas. */
export function layoutOf(
  layout: TaskMixLayout | undefined,
  canvas: { width: number; height: number },
): TaskLayoutRequest {
  const mode = (layout?.MixLayoutMode ?? TASK_LAYOUT_MODES.grid) as TaskLayoutRequest["mode"];
  if (mode === TASK_LAYOUT_MODES.custom && !layout?.MixLayoutList?.length)
    throw invalid(
      "The custom layout (MixLayoutParams.MixLayoutMode 4) needs MixLayoutParams.MixLayoutList with at least one picture.",
    );
  const slots = (layout?.MixLayoutList ?? []).map((slot, index) => {
    if (slot.Left + slot.Width > canvas.width || slot.Top + slot.Height > canvas.height)
      throw invalid(
        `MixLayoutParams.MixLayoutList.${index} must lie inside the ${canvas.width}x${canvas.height} canvas: Left + Width ≤ ${canvas.width} and Top + Height ≤ ${canvas.height} (got ${slot.Left}+${slot.Width}, ${slot.Top}+${slot.Height}).`,
      );
    return {
      ...(slot.UserId ? { userId: slot.UserId } : {}),
      streamType: (slot.MediaId ?? 0) as StreamType,
      x: slot.Left,
      y: slot.Top,
      width: slot.Width,
      height: slot.Height,
      zOrder: slot.ImageLayer ?? 0,
      alpha: slot.Alpha ?? 0,
      renderMode: (slot.RenderMode ?? 1) as TaskRenderMode,
    };
  });
  return {
    mode,
    canvas,
    ...(layout?.MaxResolutionUserId ? { mainUserId: layout.MaxResolutionUserId } : {}),
    mainStreamType: (layout?.MediaId ?? 0) as StreamType,
    mainRightAlign: layout?.MaxResolutionUserAlign === 1,
    ...(layout?.RenderMode !== undefined ? { renderMode: layout.RenderMode as TaskRenderMode } : {}),
    pureAudioDisableLayout: layout?.PureAudioDisableLayout ?? false,
    slots,
  };
}

/**
 * Checks a CreateCloudRecording request as a whole (the schema checked each field) and turns it
 * into the task's configuration. Throws the Tencent error a caller would get.
 */
export function planCloudRecording(request: CreateCloudRecording): TaskConfig {
  const vod = storageOf(request);
  const room = roomOf(request);
  const record = request.RecordParams;
  const streamType = record.StreamType ?? 0;
  const mediaType = vod.MediaType ?? 0;
  if ((mediaType === 2 || mediaType === 4) && streamType !== 1)
    throw invalid(
      `TencentVod.MediaType ${mediaType} (${mediaType === 2 ? "aac" : "hls+aac"}) records audio only: it needs RecordParams.StreamType 1.`,
    );
  const mode = record.RecordMode === 2 ? "mixed" : "single";
  const encoding = encodingOf(request, request.MixLayoutParams);
  return {
    room,
    botUserId: request.UserId,
    mode,
    maxIdleSeconds: record.MaxIdleTime ?? DEFAULT_MAX_IDLE_SECONDS,
    media: { audio: streamType !== 2, video: streamType !== 1 },
    streams: new Set(record.MediaId === 1 ? ["main"] : record.MediaId === 2 ? ["aux"] : ["main", "aux"]),
    subscription: subscriptionOf(record.SubscribeStreamUserIds),
    formats: FORMATS_OF_MEDIA_TYPE[mediaType] ?? ["mp4"],
    splitSeconds: (record.MaxMediaFileDuration ?? DEFAULT_SPLIT_MINUTES) * 60,
    storageTimeSeconds: vod.ExpireTime ?? 0,
    subAppId: vod.SubAppId && vod.SubAppId > 0 ? vod.SubAppId : null,
    userDefineRecordId: vod.UserDefineRecordId,
    encoding,
    layout: layoutOf(mode === "mixed" ? request.MixLayoutParams : undefined, {
      width: encoding.width,
      height: encoding.height,
    }),
  };
}

/** Tencent's default quota of concurrent cloud-recording tasks per app (TRTC recording best practices). */
export const DEFAULT_MAX_CONCURRENT_TASKS_PER_APP = 100;

/** Past the quota, as the best-practice page and the SDK's error list name it; raised only by a ticket. */
export const restrictedConcurrency = (sdkAppId: number, limit: number) =>
  new ApiError(
    "FailedOperation.RestrictedConcurrency",
    `Maximum number of concurrent on-cloud recording tasks reached: app ${sdkAppId} already runs ${limit}. Contact us to raise the limit, or stop a task first.`,
  );

/** "实际并发订阅的媒体流路数最大支持25路流，混流场景下视频的多画面最大支持24画面" (SubscribeStreamUserIds). */
export const MAX_SUBSCRIBED_STREAMS = 25;
export const MAX_MIXED_VIDEO_PICTURES = 24;

/** A stream a task would record by its configuration, in the order its publisher entered the room. */
export interface CandidateStream {
  /** `<userId>/<main|aux>` */
  key: string;
  audio: boolean;
  video: boolean;
}

/**
 * What a task really subscribes: the first 25 of its candidate streams (the rest wait for a place;
 * nothing is refused, Tencent caps the concurrent subscription), and in a mix the video of the
 * first 24 of them with video (later ones are heard, not seen). Keyed by stream.
 */
export function admitStreams(
  candidates: readonly CandidateStream[],
  mode: TaskConfig["mode"],
): Map<string, { audio: boolean; video: boolean }> {
  const admitted = new Map<string, { audio: boolean; video: boolean }>();
  let pictures = 0;
  for (const candidate of candidates.slice(0, MAX_SUBSCRIBED_STREAMS)) {
    const isSeen = candidate.video && (mode === "single" || pictures < MAX_MIXED_VIDEO_PICTURES);
    if (candidate.video && mode === "mixed" && isSeen) pictures += 1;
    admitted.set(candidate.key, { audio: candidate.audio, video: isSeen });
  }
  return admitted;
}
