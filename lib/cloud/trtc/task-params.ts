import type {
  MixLayout,
  MixLayoutParams,
  MixTranscodeParams,
  RecordParams,
  StorageParams,
  SubscribeStreamUserIds,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { normaliseHex } from "@/lib/recording-tasks/layout/colour";
import type { EditorSlot } from "@/lib/recording-tasks/layout/editor-operations";
import { toTaskSlots } from "@/lib/recording-tasks/layout/editor-output";
import { TASK_RENDER_MODE } from "@/lib/recording-tasks/layout/render-modes";
import { taskLayoutModeOf } from "@shared/layouts/task-layout-types";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import { splitUserIds, type StartTaskInput, type Subscription, type TaskOutput } from "@/lib/schemas/task";

const DAY_SECONDS = 86_400;

/** CreateCloudRecording / ModifyCloudRecording's MixLayoutParams.MixLayoutList (reference §2.2). */
export function toMixLayoutList(slots: readonly EditorSlot[]): MixLayout[] {
  return toTaskSlots(slots).map((slot) => ({
    ...(slot.userId ? { UserId: slot.userId } : {}),
    Top: slot.y,
    Left: slot.x,
    Width: slot.width,
    Height: slot.height,
    MediaId: slot.streamType ?? 0,
    ImageLayer: slot.zOrder ?? 0,
    RenderMode: slot.renderMode ?? 1,
  }));
}

/** MixLayoutParams, complete: ModifyCloudRecording replaces the layout, it does not patch it. */
export function toMixLayoutParams(layout: RecordingLayout): MixLayoutParams {
  const isTemplate = layout.template !== "custom";
  const hasMain = layout.template === "floating" || layout.template === "screenShare";
  return {
    MixLayoutMode: taskLayoutModeOf(layout.template),
    BackGroundColor: normaliseHex(layout.backgroundColor),
    ...(hasMain && layout.mainUserId ? { MaxResolutionUserId: layout.mainUserId, MediaId: layout.mainStreamType } : {}),
    ...(layout.template === "screenShare" ? { MaxResolutionUserAlign: layout.mainRightAlign ? 1 : 0 } : {}),
    ...(isTemplate && layout.renderMode !== "default" ? { RenderMode: TASK_RENDER_MODE[layout.renderMode] } : {}),
    ...(isTemplate ? { PureAudioDisableLayout: layout.pureAudioDisableLayout } : {}),
    ...(layout.template === "custom" ? { MixLayoutList: toMixLayoutList(layout.slots) } : {}),
  };
}

/** MixTranscodeParams: every VideoParams field given (the API asks for all or none); bitrates in bps. */
export function toMixTranscodeParams(output: TaskOutput): MixTranscodeParams {
  return {
    VideoParams: {
      Width: output.width,
      Height: output.height,
      Fps: output.framerate,
      BitRate: output.videoBitrateKbps * 1000,
      Gop: output.gopSeconds,
    },
    AudioParams: {
      SampleRate: output.audioSampleRate,
      Channel: output.audioChannels,
      BitRate: output.audioBitrateKbps * 1000,
    },
  };
}

/** SubscribeStreamUserIds; "everyone" sends no list, which subscribes everyone (the first 25 anchors). */
export function toSubscribeStreamUserIds(subscription: Subscription): SubscribeStreamUserIds {
  const list = (mode: "allow" | "deny", entry: Subscription["audio"]) =>
    entry.mode === mode ? splitUserIds(entry.userIds) : undefined;
  const fields: SubscribeStreamUserIds = {
    SubscribeAudioUserIds: list("allow", subscription.audio),
    UnSubscribeAudioUserIds: list("deny", subscription.audio),
    SubscribeVideoUserIds: list("allow", subscription.video),
    UnSubscribeVideoUserIds: list("deny", subscription.video),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** RecordParams of a task. Mixed tasks always merge audio and video; single ones are asked to. */
export function toRecordParams(input: StartTaskInput): RecordParams {
  const subscribe = toSubscribeStreamUserIds(input.subscription);
  return {
    RecordMode: input.recordMode === "single" ? 1 : 2,
    MaxIdleTime: input.maxIdleSeconds,
    StreamType: input.streamType,
    ...(Object.keys(subscribe).length > 0 ? { SubscribeStreamUserIds: subscribe } : {}),
    ...(input.recordMode === "single" ? { AvMerge: 1 } : {}),
  };
}

/** StorageParams: VOD, kept `retentionDays` (ExpireTime in seconds, 0 = forever), in the sub-app chosen. */
export function toStorageParams(input: StartTaskInput): StorageParams {
  return {
    CloudVod: {
      TencentVod: {
        MediaType: input.mediaType,
        ExpireTime: input.retentionDays * DAY_SECONDS,
        ...(input.subAppId ? { SubAppId: input.subAppId } : {}),
        ...(input.userDefineRecordId ? { UserDefineRecordId: input.userDefineRecordId } : {}),
      },
    },
  };
}
