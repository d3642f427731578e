import "server-only";
import type { CodeRule, FieldRule } from "./cloud-failure";

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
  { wire: "MixLayoutParams.MixLayoutMode", field: "layout.mode", allowed: "floating, screen share, grid or custom." },
  { wire: "RoomId", field: "roomId", allowed: "the room id as clients entered it." },
];
