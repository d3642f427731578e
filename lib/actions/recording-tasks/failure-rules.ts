import "server-only";
import { msg } from "@/lib/i18n/message";
import type { CodeRule, FieldRule } from "./cloud-failure";

/*
 * What each mixing API's failures mean to the person who started it: Tencent's error codes, and
 * the request fields an InvalidParameter(Value) names, mapped to the form's fields. One file for
 * both APIs, so a code both share reads the same and a newcomer finds every message in one place.
 */

// ── MCU mixes: StartMCUMixTranscode, StopMCUMixTranscode (reference §2.1) ──
/** StartMCUMixTranscode's and StopMCUMixTranscode's failures, in words a person can act on. */
export const MIX_CODE_RULES: readonly CodeRule[] = [
  {
    code: "FailedOperation.RoomNotExist",
    message: msg("recordingTasks.cloud.mix.roomNotExist"),
  },
  {
    code: "FailedOperation.MixSessionNotExist",
    message: msg("recordingTasks.cloud.mix.mixSessionNotExist"),
  },
  {
    code: "InvalidParameter.PresetLayoutConfig",
    field: "layout.slots",
    message: msg("recordingTasks.cloud.mix.presetLayoutConfig"),
  },
  {
    code: "MissingParameter.PresetLayoutConfig",
    field: "layout.slots",
    message: msg("recordingTasks.cloud.mix.missingPresetLayoutConfig"),
  },
  {
    code: "InvalidParameter.SmallVideoLayoutParams",
    field: "layout.small",
    message: msg("recordingTasks.cloud.mix.smallVideoLayoutParams"),
  },
  {
    code: "MissingParameter.VideoEncodeParams",
    field: "output.width",
    message: msg("recordingTasks.cloud.mix.missingVideoEncodeParams"),
  },
  {
    code: "InvalidParameter.AudioEncodeParams",
    field: "output.audioSampleRate",
    message: msg("recordingTasks.cloud.mix.audioEncodeParams"),
  },
  {
    code: "InvalidParameter.StreamId",
    field: "streamId",
    message: msg("recordingTasks.cloud.mix.streamId"),
  },
];

/** Request fields an InvalidParameterValue names, longest first when matched. */
export const MIX_FIELD_RULES: readonly FieldRule[] = [
  {
    wire: "OutputParams.StreamId",
    field: "streamId",
    allowed: msg("recordingTasks.cloud.allowed.outputParamsStreamId"),
  },
  {
    wire: "OutputParams.RecordId",
    field: "recordId",
    allowed: msg("recordingTasks.cloud.allowed.outputParamsStreamId"),
  },
  {
    wire: "EncodeParams.VideoWidth",
    field: "output.width",
    allowed: msg("recordingTasks.cloud.allowed.encodeParamsVideoWidth"),
  },
  {
    wire: "EncodeParams.VideoHeight",
    field: "output.height",
    allowed: msg("recordingTasks.cloud.allowed.encodeParamsVideoHeight"),
  },
  {
    wire: "EncodeParams.VideoBitrate",
    field: "output.videoBitrateKbps",
    allowed: msg("recordingTasks.cloud.allowed.encodeParamsVideoBitrate"),
  },
  {
    wire: "EncodeParams.VideoFramerate",
    field: "output.framerate",
    allowed: msg("recordingTasks.cloud.allowed.encodeParamsVideoFramerate"),
  },
  {
    wire: "EncodeParams.VideoGop",
    field: "output.gopSeconds",
    allowed: msg("recordingTasks.cloud.allowed.encodeParamsVideoGop"),
  },
  {
    wire: "EncodeParams.AudioSampleRate",
    field: "output.audioSampleRate",
    allowed: msg("recordingTasks.cloud.allowed.encodeParamsAudioSampleRate"),
  },
  {
    wire: "EncodeParams.AudioBitrate",
    field: "output.audioBitrateKbps",
    allowed: msg("recordingTasks.cloud.allowed.encodeParamsAudioBitrate"),
  },
  {
    wire: "EncodeParams.AudioChannels",
    field: "output.audioChannels",
    allowed: msg("recordingTasks.cloud.allowed.encodeParamsAudioChannels"),
  },
  {
    wire: "EncodeParams.BackgroundColor",
    field: "layout.backgroundColor",
    allowed: msg("recordingTasks.cloud.allowed.encodeParamsBackgroundColor"),
  },
  {
    wire: "LayoutParams.PresetLayoutConfig",
    field: "layout.slots",
    allowed: msg("recordingTasks.cloud.allowed.layoutParamsPresetLayoutConfig"),
  },
  {
    wire: "LayoutParams.SmallVideoLayoutParams",
    field: "layout.small",
    allowed: msg("recordingTasks.cloud.allowed.layoutParamsSmallVideoLayoutParams"),
  },
  {
    wire: "LayoutParams.MixVideoUids",
    field: "layout.mixVideoUserIds",
    allowed: msg("recordingTasks.cloud.allowed.layoutParamsMixVideoUids"),
  },
  {
    wire: "LayoutParams.MainVideoUserId",
    field: "layout.mainUserId",
    allowed: msg("recordingTasks.cloud.allowed.layoutParamsMainVideoUserId"),
  },
  {
    wire: "LayoutParams.RenderMode",
    field: "layout.renderMode",
    allowed: msg("recordingTasks.cloud.allowed.layoutParamsRenderMode"),
  },
];

// ── Cloud-recording tasks: CreateCloudRecording, ModifyCloudRecording, DeleteCloudRecording (§2.2) ──

/** CreateCloudRecording / ModifyCloudRecording / DeleteCloudRecording failures, in words. */
export const TASK_CODE_RULES: readonly CodeRule[] = [
  {
    code: "FailedOperation.TaskNotExist",
    message: msg("recordingTasks.cloud.task.taskNotExist"),
  },
  {
    code: "InvalidParameter.UserSig",
    message: msg("recordingTasks.cloud.task.userSig"),
  },
  {
    code: "InvalidParameter.SdkAppId",
    message: msg("recordingTasks.cloud.task.sdkAppId"),
  },
  {
    code: "FailedOperation.RestrictedConcurrency",
    message: msg("recordingTasks.cloud.task.restrictedConcurrency"),
  },
];

/** Request fields an InvalidParameter(Value) message may name, and what each allows (reference §2.2). */
export const TASK_FIELD_RULES: readonly FieldRule[] = [
  {
    wire: "RecordParams.MaxIdleTime",
    field: "maxIdleSeconds",
    allowed: msg("recordingTasks.cloud.allowed.recordParamsMaxIdleTime"),
  },
  {
    wire: "RecordParams.StreamType",
    field: "streamType",
    allowed: msg("recordingTasks.cloud.allowed.recordParamsStreamType"),
  },
  {
    wire: "SubscribeAudioUserIds",
    field: "subscription.audio.userIds",
    allowed: msg("recordingTasks.cloud.allowed.subscribeAudioUserIds"),
  },
  {
    wire: "UnSubscribeAudioUserIds",
    field: "subscription.audio.userIds",
    allowed: msg("recordingTasks.cloud.allowed.subscribeAudioUserIds"),
  },
  {
    wire: "SubscribeVideoUserIds",
    field: "subscription.video.userIds",
    allowed: msg("recordingTasks.cloud.allowed.subscribeAudioUserIds"),
  },
  {
    wire: "UnSubscribeVideoUserIds",
    field: "subscription.video.userIds",
    allowed: msg("recordingTasks.cloud.allowed.subscribeAudioUserIds"),
  },
  {
    wire: "SubscribeStreamUserIds",
    field: "subscription.audio.userIds",
    allowed: msg("recordingTasks.cloud.allowed.subscribeStreamUserIds"),
  },
  {
    wire: "TencentVod.MediaType",
    field: "mediaType",
    allowed: msg("recordingTasks.cloud.allowed.tencentVodMediaType"),
  },
  {
    wire: "TencentVod.ExpireTime",
    field: "retentionDays",
    allowed: msg("recordingTasks.cloud.allowed.tencentVodExpireTime"),
  },
  { wire: "TencentVod.SubAppId", field: "subAppId", allowed: msg("recordingTasks.cloud.allowed.tencentVodSubAppId") },
  {
    wire: "TencentVod.UserDefineRecordId",
    field: "userDefineRecordId",
    allowed: msg("recordingTasks.cloud.allowed.outputParamsStreamId"),
  },
  { wire: "VideoParams.Width", field: "output.width", allowed: msg("recordingTasks.cloud.allowed.videoParamsWidth") },
  { wire: "VideoParams.Height", field: "output.height", allowed: msg("recordingTasks.cloud.allowed.videoParamsWidth") },
  {
    wire: "VideoParams.Fps",
    field: "output.framerate",
    allowed: msg("recordingTasks.cloud.allowed.encodeParamsVideoFramerate"),
  },
  {
    wire: "VideoParams.BitRate",
    field: "output.videoBitrateKbps",
    allowed: msg("recordingTasks.cloud.allowed.videoParamsBitRate"),
  },
  { wire: "VideoParams.Gop", field: "output.gopSeconds", allowed: msg("recordingTasks.cloud.allowed.videoParamsGop") },
  {
    wire: "AudioParams.SampleRate",
    field: "output.audioSampleRate",
    allowed: msg("recordingTasks.cloud.allowed.audioParamsSampleRate"),
  },
  {
    wire: "AudioParams.Channel",
    field: "output.audioChannels",
    allowed: msg("recordingTasks.cloud.allowed.encodeParamsAudioChannels"),
  },
  {
    wire: "AudioParams.BitRate",
    field: "output.audioBitrateKbps",
    allowed: msg("recordingTasks.cloud.allowed.audioParamsBitRate"),
  },
  {
    wire: "MixLayoutParams.MixLayoutList",
    field: "layout.slots",
    allowed: msg("recordingTasks.cloud.allowed.mixLayoutParamsMixLayoutList"),
  },
  {
    wire: "MixLayoutParams.MaxResolutionUserId",
    field: "layout.mainUserId",
    allowed: msg("recordingTasks.cloud.allowed.layoutParamsMainVideoUserId"),
  },
  {
    wire: "MixLayoutParams.BackGroundColor",
    field: "layout.backgroundColor",
    allowed: msg("recordingTasks.cloud.allowed.mixLayoutParamsBackGroundColor"),
  },
  {
    wire: "MixLayoutParams.MixLayoutMode",
    field: "layout.template",
    allowed: msg("recordingTasks.cloud.allowed.mixLayoutParamsMixLayoutMode"),
  },
  { wire: "RoomId", field: "roomId", allowed: msg("recordingTasks.cloud.allowed.roomId") },
];
