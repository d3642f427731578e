import type { FormatSettings, RecordingFormat } from "../../recording/contracts";
import type { ProcessExit, SupervisedProcess } from "../ffmpeg/process-supervisor";
import type { RelayPublish } from "../relay/relay";
import type { ExpectedReturn } from "./expected-returns";
import type { RecordedStream } from "./recorded-stream";
import type { RecordingPlan } from "./recording-plan";
import type { Piece, RecordingRecord } from "./recording-store";
import type { StreamState } from "./stream-lifecycle";

/**
 * One recorder ffmpeg: it pulls one publish of a stream from the relay and writes every format in
 * `tracks` (one output each, through the tee muxer), or a single format restarted on its own.
 */
export interface RecorderProcess {
  process: SupervisedProcess;
  /** The tracks it writes, in the order of its outputs (the tee muxer's slave numbers). */
  tracks: readonly Track[];
  /** Set when the recorder itself stops it, so its exit is not taken for a fault. */
  isStopping: boolean;
  /** Outputs the tee muxer reported as failed and the recorder has acted on. */
  failedOutputs: Set<number>;
  /** The stop under way, shared by the tracks it writes. */
  stopping: Promise<ProcessExit> | undefined;
}

/** A track's part in the current run: the piece it writes now and the process writing it. */
export interface TrackRun {
  /** For split formats it moves to the next file at each split. */
  piece: Piece;
  ffmpeg: RecorderProcess;
  /** Lines of the run's segment list already acted on. */
  listedSegments: number;
}

/** A format being recorded for a live (or paused) stream: its current file and run. */
export interface Track {
  format: RecordingFormat;
  settings: FormatSettings;
  record: RecordingRecord;
  running: TrackRun | undefined;
  /** Its output failed once during this publish and it was restarted alone: a second failure ends it. */
  hasRestarted: boolean;
}

/** How a paused stream waits for its publisher. */
export interface PauseWait {
  timer: NodeJS.Timeout | undefined;
  /** Unix ms until which it waits in any case (the resume window, or a restart's wait). */
  baseUntilMs: number;
  /** The announced return (a mixer's re-layout) it also waits for, while that stands. */
  awaited: ExpectedReturn | undefined;
}

export interface LiveStream {
  /** `<source id>|<stream key>`: one source records a stream once. */
  key: string;
  /** `<app>/<stream name>`, the relay path without its leading slash. */
  streamKey: string;
  sourceId: string;
  stream: RecordedStream;
  sessionId: string;
  plan: RecordingPlan;
  tracks: Track[];
  state: StreamState;
  pause: PauseWait | undefined;
  statusSeq: number;
  /** Relay session of the whole recording, for event 332's `session_id`. */
  recordingSessionId: string;
}

/** A stream being published now, and the recordings it feeds. */
export interface LivePublish {
  streamKey: string;
  stream: RecordedStream;
  keys: Set<string>;
}

export const streamKeyOf = (publish: RelayPublish) => `${publish.app}/${publish.name}`;
export const recordingKey = (sourceId: string, streamKey: string) => `${sourceId}|${streamKey}`;
/** A paused recording continues only with the same named identity (a mix's RecordId, a chosen id). */
export const continuityOf = (stream: RecordedStream) =>
  JSON.stringify([stream.userDefineRecordId ?? "", stream.mix?.recordId ?? "", stream.mix?.recordAudioOnly ?? false]);
