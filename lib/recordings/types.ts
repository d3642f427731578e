/** A recording (VOD media item) as the library and the recording page show it. */
export interface RecordingDto {
  fileId: string;
  subAppId: number | null;
  name: string;
  /** `m3u8`, `mp4`, `flv`, `aac` (VOD's `Type`). */
  type: string;
  mediaUrl: string;
  coverUrl: string | null;
  createdAt: string;
  /** Null: kept forever. */
  expiresAt: string | null;
  durationSeconds: number | null;
  sizeBytes: number | null;
  width: number | null;
  height: number | null;
  bitrate: number | null;
  container: string | null;
  streamId: string | null;
  /** Parts of the name per the naming rules, when the name follows them. */
  parts: {
    prefix: string;
    sdkAppId: number | null;
    roomId: string | null;
    userId: string | null;
    streamType: "main" | "aux" | null;
    start: string;
    end: string;
  } | null;
  /** Decoded from SourceContext: the publisher's user id (TRTC puts it there base64-encoded). */
  publisherUserId: string | null;
  userDefineRecordId: string | null;
}

export interface RecordingPage {
  recordings: RecordingDto[];
  totalCount: number;
  /** VOD caps a search at 5,000 results: true when this search hit the cap. */
  isCapped: boolean;
}
