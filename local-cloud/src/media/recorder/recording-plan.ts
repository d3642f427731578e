import type {
  FinalizedRecording,
  RecordedTracks,
  RecordingConfig,
  StoredMedia,
  TrtcRecordSource,
} from "../../recording/contracts";
import type { RecordedStream } from "./recorded-stream";
import type { RecordStatusEvent } from "./recorder-events";
import type { RecordingRecord } from "./recording-store";

/*
 * The recorder records a stream for whoever asks: CSS's record rules (the legacy regime, built in)
 * and cloud-recording tasks (CreateCloudRecording). Each asker is a RecordingSource; each kind of
 * file it produces is finished by a RecordingOutlet (its name, VOD source, callbacks), chosen by the
 * owner persisted with the file, so that a file cut short by a crash is finished the same way.
 */

/** Persisted with each file: which outlet finishes it, and what that outlet needs to know. */
export interface RecordingOwner {
  /** The outlet: `css`, or a kind registered in StreamRecorderOptions.outlets. */
  kind: string;
  /** The source that asked for the recording (`css`, or a task's id). */
  sourceId: string;
  data: Record<string, string | number | boolean | null | string[]>;
}

/** What one source records of one stream. */
export interface RecordingPlan {
  config: RecordingConfig;
  tracks: RecordedTracks;
  owner: RecordingOwner;
}

/** Something that records streams; asked about every stream that is or starts being published. */
export interface RecordingSource {
  readonly id: string;
  planFor(stream: RecordedStream): Promise<RecordingPlan | null>;
}

/** A file whose recording is over, as its outlet sees it. */
export interface FinishedFile {
  record: RecordingRecord;
  startMs: number;
  endMs: number;
  /** The stream's recording was cut into several files (so new-regime names carry an index). */
  isSplit: boolean;
}

/** Finishes one kind of file: how it is named and shown in VOD, and who hears of it. */
export interface RecordingOutlet {
  describe(file: FinishedFile): { name: string; trtcRecord?: TrtcRecordSource };
  /** After VOD has stored the file. May run again for the same file after a crash: be idempotent. */
  stored(file: FinishedFile, finalized: FinalizedRecording, media: StoredMedia): Promise<void>;
  /** A change in a stream's recording (CSS event 332); outlets without status events leave it out. */
  status?(
    stream: RecordedStream,
    event: RecordStatusEvent,
    detail: { sessionId: string; seq: number; detail: string; eventTimeMs: number },
  ): Promise<void>;
}
