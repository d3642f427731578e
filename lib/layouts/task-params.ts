import type {
  MixLayoutParams,
  MixTranscodeParams,
  RecordParams,
  StorageParams,
  SubscribeStreamUserIds,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import {
  splitUserIds,
  type StartTaskInput,
  type Subscription,
  type TaskLayout,
  type TaskOutput,
} from "@/lib/schemas/task";
import { normaliseHex } from "./colour";
import { toMixLayoutList, toTaskSlots } from "./editor-output";
import { TASK_RENDER_MODE } from "./render-modes";
import { TASK_LAYOUT_MODES, type TaskLayoutRequest } from "./task-layout-types";
import type { MixInput } from "./types";

const DAY_SECONDS = 86_400;
const PREFIX_MARK = ".*$";

/** What compute-task-layout takes for a form's layout (the preview). */
export function toTaskLayoutRequest(layout: TaskLayout, canvas: { width: number; height: number }): TaskLayoutRequest {
  return {
    mode: TASK_LAYOUT_MODES[layout.mode],
    canvas,
    ...(layout.mainUserId ? { mainUserId: layout.mainUserId, mainStreamType: layout.mainStreamType } : {}),
    mainRightAlign: layout.mainRightAlign,
    ...(layout.renderMode !== "default" ? { renderMode: TASK_RENDER_MODE[layout.renderMode] } : {}),
    pureAudioDisableLayout: layout.pureAudioDisableLayout,
    ...(layout.mode === "custom" ? { slots: toTaskSlots(layout.slots) } : {}),
  };
}

/** MixLayoutParams, complete: ModifyCloudRecording replaces the layout, it does not patch it. */
export function toMixLayoutParams(layout: TaskLayout): MixLayoutParams {
  const isTemplate = layout.mode !== "custom";
  const hasMain = layout.mode === "floating" || layout.mode === "screenShare";
  return {
    MixLayoutMode: TASK_LAYOUT_MODES[layout.mode],
    BackGroundColor: normaliseHex(layout.backgroundColor),
    ...(hasMain && layout.mainUserId ? { MaxResolutionUserId: layout.mainUserId, MediaId: layout.mainStreamType } : {}),
    ...(layout.mode === "screenShare" ? { MaxResolutionUserAlign: layout.mainRightAlign ? 1 : 0 } : {}),
    ...(isTemplate && layout.renderMode !== "default" ? { RenderMode: TASK_RENDER_MODE[layout.renderMode] } : {}),
    ...(isTemplate ? { PureAudioDisableLayout: layout.pureAudioDisableLayout } : {}),
    ...(layout.mode === "custom" ? { MixLayoutList: toMixLayoutList(layout.slots) } : {}),
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

function matches(entry: string, userId: string, present: ReadonlySet<string>): boolean {
  if (entry === userId) return true;
  if (!entry.endsWith(PREFIX_MARK) || present.has(entry)) return false;
  return userId.startsWith(entry.slice(0, -PREFIX_MARK.length));
}

function admits(list: Subscription["audio"], userId: string, present: ReadonlySet<string>): boolean {
  if (list.mode === "all") return true;
  const named = splitUserIds(list.userIds).some((entry) => matches(entry, userId, present));
  return list.mode === "allow" ? named : !named;
}

/**
 * The room's inputs as a task with this subscription sees them (reference §2.2: `.*$` is a prefix
 * unless someone is literally called that): users with neither audio nor video are left out, users
 * with audio only are audio-only inputs. The preview uses it; so does the per-hour estimate.
 */
export function subscribedInputs(inputs: MixInput[], subscription: Subscription): MixInput[] {
  const present = new Set(inputs.map((input) => input.userId));
  return inputs.flatMap((input) => {
    const audio = admits(subscription.audio, input.userId, present);
    const video = admits(subscription.video, input.userId, present) && input.hasVideo;
    if (!audio && !video) return [];
    return [{ ...input, hasVideo: video }];
  });
}
