import type { SessionPlace } from "@/lib/data/health/read-file-session";
import type { FileHealth } from "@/lib/health/quality/file-health";
import type { RecordingNameParts } from "./name-parts";

export interface VideoStream {
  codec: string;
  width: number | null;
  height: number | null;
  fps: number | null;
  bitrate: number | null;
}

export interface AudioStream {
  codec: string;
  samplingRate: number | null;
  bitrate: number | null;
}

/** SourceInfo as the recording page shows it: where the media came from. */
export interface RecordingSource {
  /** `Record` (legacy live recording), `TrtcRecord` (cloud recording), `Upload`, … */
  type: string | null;
  /** Legacy recordings: the CSS stream that was recorded and when (ISO instants). */
  liveRecord: {
    domain: string | null;
    path: string | null;
    streamId: string | null;
    start: string | null;
    end: string | null;
  } | null;
  /** Cloud recordings: the TRTC task. */
  trtcRecord: { sdkAppId: number | null; roomId: string | null; taskId: string | null; userIds: string[] } | null;
}

/** A recording (VOD media item) as the library and the recording page show it. */
export interface RecordingDto {
  fileId: string;
  subAppId: number | null;
  name: string;
  /** `m3u8`, `mp4`, `flv`, `aac` (VOD's `Type`). */
  type: string;
  /** VOD's own MediaUrl (what its console shows). */
  mediaUrl: string;
  /**
   * What the browser plays and copies: https where the domain serves it, signed with the domain's
   * Key hotlink key when it has one (lib/recordings/playback-url). Equal to mediaUrl otherwise.
   */
  playbackUrl: string;
  /** The cover as the browser loads it (https and signed like playbackUrl). */
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
  videoStreams: VideoStream[];
  audioStreams: AudioStream[];
  streamId: string | null;
  /** The TRTC room the recording came from: from its name, its push query or its cloud-recording task. */
  roomId: string | null;
  source: RecordingSource;
  /** Parts of the name per the naming rules, when the name follows them. */
  parts: RecordingNameParts | null;
  /** Decoded from SourceContext: the publisher's user id (TRTC puts it there base64-encoded). */
  publisherUserId: string | null;
  userDefineRecordId: string | null;
}

export interface RecordingPage {
  recordings: RecordingDto[];
  totalCount: number;
  /** VOD caps a search at 5,000 results: true when this search hit the cap (or another cap, see capNotice). */
  isCapped: boolean;
  /** What to say when a cap other than VOD's 5,000 cut the search short. */
  capNotice?: string;
}

/**
 * A library row: the recording, what the console's quality check says of it (null: never
 * registered), and its place among the pieces of a split session (null: not a piece).
 */
export interface LibraryRecording extends RecordingDto {
  health: FileHealth | null;
  piece: SessionPlace | null;
}

export interface LibraryPage extends Omit<RecordingPage, "recordings"> {
  recordings: LibraryRecording[];
}
