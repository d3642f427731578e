import "server-only";
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
    message: "Nobody is in the room now: a mix can start only after a user has entered it. Add a participant first.",
  },
  {
    code: "FailedOperation.MixSessionNotExist",
    message: "The room has no mix running: it ended when the room emptied, or it was stopped elsewhere.",
  },
  {
    code: "InvalidParameter.PresetLayoutConfig",
    field: "layout.slots",
    message: "A tile lies outside the output: every tile's X + width and Y + height must stay within the output size.",
  },
  {
    code: "MissingParameter.PresetLayoutConfig",
    field: "layout.slots",
    message: "The custom template needs at least one tile: add one in the editor.",
  },
  {
    code: "InvalidParameter.SmallVideoLayoutParams",
    field: "layout.small",
    message: "The small picture lies outside the output: X + width and Y + height must stay within the output size.",
  },
  {
    code: "MissingParameter.VideoEncodeParams",
    field: "output.width",
    message: "An audio and video mix needs the output's width, height, bitrate, frame rate and GOP.",
  },
  {
    code: "InvalidParameter.AudioEncodeParams",
    field: "output.audioSampleRate",
    message:
      "The audio settings (sample rate, bitrate, channels) cannot change while the mix runs: stop it and start a new one to change them.",
  },
  {
    code: "InvalidParameter.StreamId",
    field: "streamId",
    message: "This stream id is taken, by a user's stream in the room or by another room's mix: choose another.",
  },
];

/** Request fields an InvalidParameterValue names, longest first when matched. */
export const MIX_FIELD_RULES: readonly FieldRule[] = [
  { wire: "OutputParams.StreamId", field: "streamId", allowed: "at most 64 letters, digits, _ or -." },
  { wire: "OutputParams.RecordId", field: "recordId", allowed: "at most 64 letters, digits, _ or -." },
  { wire: "EncodeParams.VideoWidth", field: "output.width", allowed: "a width from 0 to 1920 px." },
  { wire: "EncodeParams.VideoHeight", field: "output.height", allowed: "a height from 0 to 1080 px." },
  { wire: "EncodeParams.VideoBitrate", field: "output.videoBitrateKbps", allowed: "1 to 10,000 kbps." },
  { wire: "EncodeParams.VideoFramerate", field: "output.framerate", allowed: "1 to 60 fps." },
  { wire: "EncodeParams.VideoGop", field: "output.gopSeconds", allowed: "1 to 5 seconds." },
  {
    wire: "EncodeParams.AudioSampleRate",
    field: "output.audioSampleRate",
    allowed: "48000, 44100, 32000, 24000, 16000 or 8000 Hz.",
  },
  { wire: "EncodeParams.AudioBitrate", field: "output.audioBitrateKbps", allowed: "8 to 500 kbps." },
  { wire: "EncodeParams.AudioChannels", field: "output.audioChannels", allowed: "1 or 2 channels." },
  {
    wire: "EncodeParams.BackgroundColor",
    field: "layout.backgroundColor",
    allowed: "a colour from #000000 to #FFFFFF.",
  },
  {
    wire: "LayoutParams.PresetLayoutConfig",
    field: "layout.slots",
    allowed: "tiles inside the output, layers 0 to 15.",
  },
  { wire: "LayoutParams.SmallVideoLayoutParams", field: "layout.small", allowed: "a box inside the output." },
  { wire: "LayoutParams.MixVideoUids", field: "layout.mixVideoUserIds", allowed: "at most 16 user ids." },
  { wire: "LayoutParams.MainVideoUserId", field: "layout.mainUserId", allowed: "a user id of the room." },
  { wire: "LayoutParams.RenderMode", field: "layout.renderMode", allowed: "crop, scale or scale with bars." },
];

// ── Cloud-recording tasks: CreateCloudRecording, ModifyCloudRecording, DeleteCloudRecording (§2.2) ──

/** CreateCloudRecording / ModifyCloudRecording / DeleteCloudRecording failures, in words. */
export const TASK_CODE_RULES: readonly CodeRule[] = [
  {
    code: "FailedOperation.TaskNotExist",
    message: "The task has already ended: the cloud forgets a task once it exits. Start a new one.",
  },
  {
    code: "InvalidParameter.UserSig",
    message:
      "The cloud refused the recorder bot's UserSig: check the application's SDK secret key on the Applications page.",
  },
  {
    code: "InvalidParameter.SdkAppId",
    message: "The cloud does not know this SdkAppId: check the application.",
  },
  {
    code: "FailedOperation.RestrictedConcurrency",
    message: "The application already runs as many recording tasks as TRTC allows (100 by default): stop one first.",
  },
];

/** Request fields an InvalidParameter(Value) message may name, and what each allows (reference §2.2). */
export const TASK_FIELD_RULES: readonly FieldRule[] = [
  { wire: "RecordParams.MaxIdleTime", field: "maxIdleSeconds", allowed: "5 to 86,400 seconds." },
  { wire: "RecordParams.StreamType", field: "streamType", allowed: "audio and video, audio only, or video only." },
  { wire: "SubscribeAudioUserIds", field: "subscription.audio.userIds", allowed: "at most 32 user ids." },
  { wire: "UnSubscribeAudioUserIds", field: "subscription.audio.userIds", allowed: "at most 32 user ids." },
  { wire: "SubscribeVideoUserIds", field: "subscription.video.userIds", allowed: "at most 32 user ids." },
  { wire: "UnSubscribeVideoUserIds", field: "subscription.video.userIds", allowed: "at most 32 user ids." },
  {
    wire: "SubscribeStreamUserIds",
    field: "subscription.audio.userIds",
    allowed: "an allow list or a deny list per medium, not both.",
  },
  {
    wire: "TencentVod.MediaType",
    field: "mediaType",
    allowed: "MP4, HLS, HLS + MP4; AAC only with audio-only recording.",
  },
  { wire: "TencentVod.ExpireTime", field: "retentionDays", allowed: "0 (forever) or a number of days." },
  { wire: "TencentVod.SubAppId", field: "subAppId", allowed: "a VOD sub-application of this account." },
  {
    wire: "TencentVod.UserDefineRecordId",
    field: "userDefineRecordId",
    allowed: "at most 64 letters, digits, _ or -.",
  },
  { wire: "VideoParams.Width", field: "output.width", allowed: "at most 1920 px, width × height ≤ 1920 × 1080." },
  { wire: "VideoParams.Height", field: "output.height", allowed: "at most 1920 px, width × height ≤ 1920 × 1080." },
  { wire: "VideoParams.Fps", field: "output.framerate", allowed: "1 to 60 fps." },
  { wire: "VideoParams.BitRate", field: "output.videoBitrateKbps", allowed: "64 to 8,192 kbps." },
  { wire: "VideoParams.Gop", field: "output.gopSeconds", allowed: "a GOP in seconds." },
  { wire: "AudioParams.SampleRate", field: "output.audioSampleRate", allowed: "48 kHz, 44.1 kHz or 16 kHz." },
  { wire: "AudioParams.Channel", field: "output.audioChannels", allowed: "1 or 2 channels." },
  { wire: "AudioParams.BitRate", field: "output.audioBitrateKbps", allowed: "32 to 128 kbps." },
  {
    wire: "MixLayoutParams.MixLayoutList",
    field: "layout.slots",
    allowed: "at most 25 tiles, each inside the output.",
  },
  { wire: "MixLayoutParams.MaxResolutionUserId", field: "layout.mainUserId", allowed: "a user id of the room." },
  { wire: "MixLayoutParams.BackGroundColor", field: "layout.backgroundColor", allowed: "a colour as #RRGGBB." },
  {
    wire: "MixLayoutParams.MixLayoutMode",
    field: "layout.template",
    allowed: "floating, screen share, grid or custom.",
  },
  { wire: "RoomId", field: "roomId", allowed: "the room id as clients entered it." },
];
