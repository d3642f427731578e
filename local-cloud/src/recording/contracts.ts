/**
 * The seams between the parts of the local cloud's recording pipeline (issue 3):
 *
 *   relay publish ─▶ recorder (src/media/recorder) ─ asks ─▶ RecordingConfigSource (src/services/live)
 *                        │ finalized file
 *                        ├──▶ MediaSink (src/services/vod): VOD media item, served over HTTP
 *                        └──▶ CallbackSink (src/callbacks): signed, persisted, retried deliveries
 *
 * Each part owns its folder and implements or uses only these types, so they can be built and
 * tested apart and wired together in server.ts.
 */

export type RecordingFormat = "hls" | "mp4" | "flv" | "aac";

/** One format's settings, from the bound template's `HlsParam`/`Mp4Param`/`FlvParam`/`AacParam`. */
export interface FormatSettings {
  /** Split length in seconds (`RecordInterval`); ignored for HLS (one file per session). */
  recordIntervalSeconds: number;
  /** Seconds kept in VOD (`StorageTime`); 0 = forever. */
  storageTimeSeconds: number;
  /** VOD sub-application to store into; null = the main application. */
  vodSubAppId: number | null;
  /** `VodFileName` template; null = the default `{StreamID}_{Start…}_{End…}` naming (§5.1). */
  vodFileName: string | null;
}

/** What the template bound to a stream says to record, read when a recording starts. */
export interface RecordingConfig {
  templateId: number;
  formats: Partial<Record<RecordingFormat, FormatSettings>>;
  /** `HlsSpecialParam.FlowContinueDuration`: seconds a dropped publisher may take to come back. */
  resumeWindowSeconds: number;
}

/** Where and how the app wants recording callbacks (callback template bound by a callback rule). */
export interface CallbackTarget {
  recordNotifyUrl: string | null;
  recordStatusNotifyUrl: string | null;
  callbackKey: string | null;
}

/**
 * The CSS live API's view of a stream (implemented in src/services/live). Every TRTC app of an
 * account pushes to the account's domain `<BizId>.livepush.myqcloud.com` (not the SdkAppId's:
 * reference §8); app N's AppName (stream path) is `trtc_N`.
 *
 * Rules: a record rule on (domain, AppName) with an empty StreamName = global auto recording: every
 * stream of the app is recorded. A rule naming a stream records that stream. A stream whose
 * publisher entered with `userdefinerecordid` (or a mix with a RecordId) is recorded with the
 * template of any rule on the app's (domain, AppName) — the console's "chosen-user" mode creates
 * its rule with StreamName `CHOSEN_USERS_STREAM_NAME`, a name no stream publishes under, so that
 * only chosen streams are recorded. No rule at all: nothing is recorded.
 */
export interface RecordingConfigSource {
  configForStream(stream: {
    domain: string;
    appName: string;
    streamName: string;
    isChosen: boolean;
  }): Promise<RecordingConfig | null>;
  callbackTargetFor(stream: { domain: string; appName: string }): Promise<CallbackTarget | null>;
}

export const CHOSEN_USERS_STREAM_NAME = "trtc_chosen_users_only";

/** Which tracks of a stream a recording keeps (CreateCloudRecording `StreamType`, MCU `RecordAudioOnly`). */
export type RecordedTracks = "audio+video" | "audio" | "video";

/** How a recording made by a cloud-recording task shows in VOD (`SourceInfo.TrtcRecordInfo`). */
export interface TrtcRecordSource {
  roomId: string;
  taskId: string;
  userIds: string[];
}

/** A finalized recording file handed to VOD; the file or directory is VOD's from then on. */
export interface FinalizedRecording {
  sdkAppId: number;
  /** VOD sub-application (null = main). */
  subAppId: number | null;
  format: RecordingFormat;
  /** mp4/flv/aac: one file. hls: a directory holding `index.m3u8`, the init segment and segments. */
  path: string;
  /** VOD `Name` (no extension), already following §5.1. */
  name: string;
  streamId: string;
  domain: string;
  appName: string;
  /** Unix ms of the first and last recorded media. */
  startTime: number;
  endTime: number;
  /** The push URL's query string (roomid, userid in base64, userdefinerecordid, …), for SourceContext. */
  streamParam: string;
  /** 0 = keep forever. */
  storageTimeSeconds: number;
  /** A JPEG frame for `CoverUrl`, or null for audio-only. */
  coverPath: string | null;
  /** Where the recording came from, for `SourceInfo.LiveRecordInfo`. */
  recordTemplateId: number;
  /** Set for files of CreateCloudRecording tasks: VOD lists them as `SourceType: "TrtcRecord"`. */
  trtcRecord?: TrtcRecordSource;
}

export interface StoredMedia {
  /** Numeric string, unique. */
  fileId: string;
  mediaUrl: string;
  coverUrl: string | null;
  /** From ffprobe. */
  durationSeconds: number;
  sizeBytes: number;
  /** The picture's size; 0 for audio. */
  width: number;
  height: number;
}

/** Implemented by src/services/vod. Idempotent per `path`: a second call returns the same media. */
export interface MediaSink {
  addRecording(recording: FinalizedRecording): Promise<StoredMedia>;
  /**
   * The media `addRecording` stored from `path` (the `FinalizedRecording.path` it was handed), or
   * null: lets a recorder that crashed after VOD took the files finish without them.
   */
  findRecording(path: string): Promise<StoredMedia | null>;
}

export type CallbackSigning =
  /** CSS events 100/332: the body gets `t` = now + 600 and `sign` = md5(key + t). */
  | { kind: "css"; key: string | null }
  /** TRTC events 301–312: header `Sign` = base64(HMAC-SHA256(key, raw body)) and `SdkAppId`. */
  | { kind: "trtc"; key: string | null; sdkAppId: number };

/** Implemented by src/callbacks: persisted before it returns, delivered at least once, retried. */
export interface CallbackSink {
  enqueue(delivery: {
    url: string;
    body: Record<string, unknown>;
    signing: CallbackSigning;
    eventKey: string;
  }): Promise<void>;
}
