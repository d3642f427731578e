import { randomUUID } from "node:crypto";
import { access, mkdir } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { Logger } from "../../core/logger";
import type {
  CallbackSink,
  FormatSettings,
  MediaSink,
  RecordingConfigSource,
  RecordingFormat,
} from "../../recording/contracts";
import type { ProcessSupervisor, SupervisedProcess } from "../ffmpeg/process-supervisor";
import type { RelayPublish } from "../relay/relay";
import { CSS_SOURCE_ID, cssRecordingOutlet, cssRecordingSource, type CssFileListener } from "./css-recording";
import { pieceFile } from "./finalize-recording";
import { recordedStreamOf, type RecordedStream } from "./recorded-stream";
import type { RecordStatusEvent } from "./recorder-events";
import { hlsOutputArgs, hlsRunPlaylist, piecePath, recordsFormat } from "./recording-formats";
import type { RecordingOutlet, RecordingPlan, RecordingSource } from "./recording-plan";
import { FileFinisher } from "./file-finisher";
import { partitionLeftovers, type LeftoverResume, type ParkedStream } from "./leftover-resume";
import { RecordingStore, type Piece, type RecordingRecord } from "./recording-store";
import { KeyedQueue, OwnedWork, TimerSet } from "./work-queues";
import { readSegmentList, segmentedOutputArgs, segmentFile, wallClockOf } from "./segmented-run";
import { lastWriteOf, settleLeftovers } from "./settle-leftovers";
import { PRE_ROLL_QUERY } from "../relay/pre-roll";

/** A recorder ffmpeg that exits on its own is a fault unless the relay reports the publish ended this soon. */
const PUBLISH_END_GRACE_MS = 1000;
/** How often a split format's segment list is read for the files its ffmpeg has finished. */
const SEGMENT_POLL_MS = 250;
/** How long a pull whose stream ended gets to close its file before it is sent SIGTERM. */
const STREAM_END_WAIT_MS = 1500;
/**
 * How long a stream whose publisher announced its return (a mixer re-laying out its picture) may
 * take to come back before its files end anyway, whatever the template's resume window.
 */
const EXPECTED_RETURN_MS = 20_000;

export interface StreamRecorderOptions {
  db: PGlite;
  /** Recordings are made under `<dataDir>/recordings/`. */
  dataDir: string;
  supervisor: ProcessSupervisor;
  ffmpegPath: string;
  /** `rtmp://127.0.0.1:<port>`: known once the relay listens, after the recorder exists. */
  relayBaseUrl: () => string;
  /**
   * Ends the relay's players of a stream path (Relay.dropPlayers): once the publisher has left, the
   * recorder's ffmpeg would otherwise wait for more media and not finish its file.
   */
  dropPlayers: (streamPath: string) => void;
  /** CSS's record rules and callback templates: the built-in recording source. */
  config: RecordingConfigSource;
  /** The account's CSS push domain now, which every TRTC stream is pushed to (and rules name). */
  pushDomain: () => string;
  media: MediaSink;
  callbacks: CallbackSink;
  logger: Logger;
  /** Outlets for files of other sources (cloud-recording tasks), by `RecordingOwner.kind`. */
  outlets?: Record<string, RecordingOutlet>;
  /** Hears of every file CSS recording finishes. */
  onCssFile?: CssFileListener;
}

/** One ffmpeg pulling a stream (one publish of it) into a format's files. */
interface RunningPiece {
  /** The piece being written now; for split formats it moves to the next file at each split. */
  piece: Piece;
  process: SupervisedProcess;
  /** Set when the recorder itself stops it, so its exit is not taken for a fault. */
  isStopping: boolean;
  /** Lines of the run's segment list already acted on. */
  listedSegments: number;
}

/** A format being recorded for a live (or paused) stream: its current file and ffmpeg. */
interface Track {
  format: RecordingFormat;
  settings: FormatSettings;
  record: RecordingRecord;
  running: RunningPiece | undefined;
}

interface LiveStream {
  /** `<source id>|<stream key>`: one source records a stream once. */
  key: string;
  /** `<app>/<stream name>`, the relay path without its leading slash. */
  streamKey: string;
  sourceId: string;
  stream: RecordedStream;
  sessionId: string;
  plan: RecordingPlan;
  tracks: Track[];
  isPaused: boolean;
  /** The publisher left; set before the queued pause/end step runs. */
  isEnding: boolean;
  resumeTimer: NodeJS.Timeout | undefined;
  statusSeq: number;
  /** Relay session of the whole recording, for event 332's `session_id`. */
  recordingSessionId: string;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );
/** Media already in a file: for split formats a piece's times are those of the media it holds. */
const recordedMsOf = (record: RecordingRecord) =>
  record.pieces.reduce((sum, piece) => sum + Math.max((piece.endMs ?? piece.startMs) - piece.startMs, 0), 0);
const streamKeyOf = (publish: RelayPublish) => `${publish.app}/${publish.name}`;
const recordingKey = (sourceId: string, streamKey: string) => `${sourceId}|${streamKey}`;
/** A paused recording continues only with the same named identity (a mix's RecordId, a chosen id). */
const continuityOf = (stream: RecordedStream) =>
  JSON.stringify([stream.userDefineRecordId ?? "", stream.mix?.recordId ?? "", stream.mix?.recordAudioOnly ?? false]);

/** A stream being published now, and the recordings it feeds. */
interface LivePublish {
  streamKey: string;
  stream: RecordedStream;
  keys: Set<string>;
}

/**
 * Records published TRTC streams the way CSS records a push (the legacy regime): for each format
 * the stream's record template enables, an ffmpeg pulls the stream from the relay into a working
 * directory; files split every RecordInterval, a publisher returning within FlowContinueDuration
 * continues the same file, and each finished file goes to VOD and to the app's callback URL.
 * Every recording is persisted while it is made, so a crash is followed by finalizing what exists.
 */
export class StreamRecorder {
  private readonly store: RecordingStore;
  private readonly live = new Map<string, LiveStream>();
  private readonly publishes = new Map<string, LivePublish>();
  private readonly sources = new Map<string, RecordingSource>();
  private readonly outlets: Record<string, RecordingOutlet>;
  /** Stream keys whose publisher said it comes back soon, with the time it must be back by. */
  private readonly returning = new Map<string, number>();
  /** Work on a recording runs one step at a time (start, end, split, resume, fault). */
  private readonly queues: KeyedQueue;
  /** Finalizations and status reports under way, with the source whose each is. */
  private readonly background = new OwnedWork();
  private readonly timers = new TimerSet();
  private readonly finisher: FileFinisher;
  /** Recordings being finalized now: a later look at the leftovers must not take them again. */
  private readonly finishing = new Set<string>();
  private isClosed = false;

  constructor(private readonly options: StreamRecorderOptions) {
    this.store = new RecordingStore(options.db);
    this.sources.set(CSS_SOURCE_ID, cssRecordingSource(options.config));
    this.outlets = {
      ...options.outlets,
      [CSS_SOURCE_ID]: cssRecordingOutlet({
        config: options.config,
        callbacks: options.callbacks,
        onFile: options.onCssFile,
      }),
    };
    this.queues = new KeyedQueue((key, error) => options.logger.error(`recorder: ${key}: ${describe(error)}`));
    this.finisher = new FileFinisher({
      store: this.store,
      media: options.media,
      supervisor: options.supervisor,
      ffmpegPath: options.ffmpegPath,
      outlets: this.outlets,
      logger: options.logger,
    });
  }

  // ─── relay events ───────────────────────────────────────────────────────────

  onPublishStarted(publish: RelayPublish): void {
    const stream = recordedStreamOf(publish, this.options.pushDomain());
    if (!stream) return;
    const livePublish: LivePublish = { streamKey: streamKeyOf(publish), stream, keys: new Set() };
    this.publishes.set(publish.sessionId, livePublish);
    for (const source of this.sources.values()) this.offer(source, publish.sessionId, livePublish);
  }

  onPublishEnded(sessionId: string): void {
    const livePublish = this.publishes.get(sessionId);
    if (!livePublish) return;
    this.publishes.delete(sessionId);
    for (const key of livePublish.keys) {
      const live = this.live.get(key);
      if (live?.sessionId === sessionId) {
        // At once, not after queued work (a split may be waiting for media that will not come): the
        // pulls see the stream end and close their files, and no split starts another pull.
        live.isEnding = true;
        for (const track of live.tracks) if (track.running) track.running.isStopping = true;
      }
      this.queues.enqueue(key, () => this.pauseOrEnd(key, sessionId));
    }
    this.options.dropPlayers(`/${livePublish.streamKey}`);
  }

  // ─── sources ────────────────────────────────────────────────────────────────

  /** A new source (a cloud-recording task) is asked about every stream published now and later. */
  addSource(source: RecordingSource): void {
    if (this.sources.has(source.id)) throw new Error(`recording source ${source.id} is already added`);
    this.sources.set(source.id, source);
    for (const [sessionId, livePublish] of this.publishes) this.offer(source, sessionId, livePublish);
  }

  /**
   * The source's plans changed (a task's subscription was modified): recordings it no longer wants
   * end, and streams it now wants start being recorded.
   */
  refreshSource(sourceId: string): void {
    const source = this.sources.get(sourceId);
    if (!source) return;
    for (const [sessionId, livePublish] of this.publishes) {
      const key = recordingKey(sourceId, livePublish.streamKey);
      livePublish.keys.add(key);
      this.queues.enqueue(key, async () => {
        const live = this.live.get(key);
        const plan = await source.planFor(livePublish.stream);
        if (!plan && live) await this.endStream(live);
        else if (plan && !live && this.publishes.get(sessionId) === livePublish)
          await this.start(key, source.id, livePublish, sessionId, plan);
      });
    }
  }

  /** Ends the source's recordings and resolves once each of their files is stored and announced. */
  async removeSource(sourceId: string): Promise<void> {
    if (sourceId === CSS_SOURCE_ID) throw new Error("the CSS recording source stays");
    this.sources.delete(sourceId);
    const ending = [...this.live.values()].filter((live) => live.sourceId === sourceId);
    for (const live of ending) this.queues.enqueue(live.key, () => this.endStream(live));
    await Promise.allSettled(ending.flatMap((live) => this.queues.tail(live.key) ?? []));
    await Promise.allSettled(this.background.of(sourceId));
  }

  /**
   * The publisher of `streamKey` is about to stop and publish again (a mixer re-laying out its
   * picture): its recordings wait for it and continue in the same files, whatever the resume window.
   */
  expectReturn(streamKey: string): void {
    this.returning.set(streamKey, Date.now() + EXPECTED_RETURN_MS);
  }

  private offer(source: RecordingSource, sessionId: string, livePublish: LivePublish): void {
    const key = recordingKey(source.id, livePublish.streamKey);
    livePublish.keys.add(key);
    this.queues.enqueue(key, () => this.startOrResume(key, source, livePublish, sessionId));
  }

  /** For tests and shutdown: resolves once queued work and finalizations so far are done. */
  async idle(): Promise<void> {
    while (this.queues.size > 0 || this.background.size > 0) {
      await Promise.allSettled([...this.queues.pending(), ...this.background.all()]);
    }
  }

  /**
   * The files being recorded now, by stream key and format (tests, diagnostics): the working
   * directory of each and the file its ffmpeg writes into (for HLS, the run's playlist), if any.
   */
  activeRecordings(): Array<{
    streamKey: string;
    sourceId: string;
    format: RecordingFormat;
    dir: string;
    file: string | undefined;
  }> {
    return [...this.live.values()].flatMap((live) =>
      live.tracks.map((track) => {
        const piece = track.running?.piece;
        const hlsPlaylist = (run: number) => path.join(piecePath(track.record.dir, "hls", run), hlsRunPlaylist(run));
        return {
          streamKey: live.streamKey,
          sourceId: live.sourceId,
          format: track.format,
          dir: track.record.dir,
          file: piece && (track.format === "hls" ? hlsPlaylist(piece.run) : pieceFile(track.record, piece)),
        };
      }),
    );
  }

  /**
   * Finalizes recordings a crash left open (their rows are still `open`): fragmented MP4, FLV, AAC
   * and the HLS event playlists are playable as far as they were written, and files a run had cut
   * but not yet handed on become files of their own. Call once at start, before publishes.
   */
  async recoverLeftovers(): Promise<void> {
    await this.adoptLeftovers();
    await this.idle();
  }

  /**
   * Takes what a crash (or a stop) left open, at start before publishes: the files `resume` picks
   * wait, paused, for their stream to be published again and then continue as a new piece (as
   * with a publisher returning within the resume window); the others are finalized in the
   * background, as `recoverLeftovers` does. Resolves once the waiting files wait.
   */
  async adoptLeftovers(resume?: LeftoverResume): Promise<void> {
    const taken = new Set([...this.live.values()].flatMap((live) => live.tracks.map((track) => track.record.id)));
    for (const id of this.finishing) taken.add(id);
    const leftovers = (await this.store.openRecordings()).filter((record) => !taken.has(record.id));
    const files = await settleLeftovers(leftovers, {
      openNextFile: (previous, piece) => this.openNextFile(previous, piece),
      savePieces: (record) => this.store.savePieces(record.id, record.pieces),
    });
    const { parked, finished } = partitionLeftovers(files, (record) => resume?.awaitsReturn(record) ?? false);
    for (const stream of parked) this.park(stream, resume?.windowMs ?? 0);
    for (const { record, isSplit } of finished) {
      this.options.logger.info(`recorder: finalizing ${record.format} of ${record.streamKey} left by a stop`);
      this.finalizeInBackground(record, isSplit);
    }
  }

  /**
   * Stops every recorder ffmpeg cleanly and leaves its file for `recoverLeftovers` at the next start
   * rather than finalizing now: shutdown must be quick and must not depend on VOD and callbacks
   * still being up, and a file that is persisted as open is never lost (the same path as a crash).
   */
  async close(): Promise<void> {
    this.isClosed = true;
    this.timers.clearAll();
    await Promise.allSettled(this.queues.pending());
    // The publishers are still sending, so SIGTERM ends each ffmpeg at once with its file closed.
    const tracks = [...this.live.values()].flatMap((live) => live.tracks);
    await Promise.all(tracks.map((track) => this.stopPiece(track, { awaitStreamEnd: false })));
    this.live.clear();
    await Promise.allSettled(this.background.all());
  }

  /**
   * Stops reacting to anything while leaving processes, files and rows as they are: what a crash of
   * the local cloud leaves behind, for tests of `recoverLeftovers`.
   */
  detachAsIfCrashed(): void {
    this.isClosed = true;
    this.timers.clearAll();
    this.live.clear();
  }

  // ─── stream lifecycle ───────────────────────────────────────────────────────

  /**
   * A stream's files left open by a restart, as a paused recording: the next publish of the stream
   * continues them (startOrResume), or they end when the window does. What the plan needs is what
   * the files remember; the resume window of the template that started them is not kept, so a
   * later drop of the stream ends them unless its publisher announces a return (a mix's re-layout).
   */
  private park(parked: ParkedStream, windowMs: number): void {
    const [first] = parked.records;
    if (!first) return;
    const live: LiveStream = {
      key: parked.key,
      streamKey: parked.key.slice(first.owner.sourceId.length + 1),
      sourceId: first.owner.sourceId,
      stream: first.stream,
      sessionId: "",
      plan: {
        config: {
          templateId: first.templateId,
          formats: Object.fromEntries(parked.records.map((record) => [record.format, record.settings])),
          resumeWindowSeconds: 0,
        },
        tracks: first.tracks,
        owner: first.owner,
      },
      tracks: parked.records.map((record) => ({
        format: record.format,
        settings: record.settings,
        record,
        running: undefined,
      })),
      isPaused: true,
      isEnding: false,
      resumeTimer: undefined,
      statusSeq: 0,
      recordingSessionId: randomUUID(),
    };
    this.live.set(live.key, live);
    this.options.logger.info(
      `recorder: ${live.key} waits ${Math.ceil(windowMs / 1000)} s for its stream after a restart`,
    );
    this.awaitReturn(live, windowMs);
  }

  /** A paused recording ends unless its stream is back within `windowMs`. */
  private awaitReturn(live: LiveStream, windowMs: number): void {
    live.resumeTimer = this.timers.set(windowMs, () =>
      this.queues.enqueue(live.key, async () => {
        if (this.live.get(live.key) === live && live.isPaused) await this.endStream(live);
      }),
    );
  }

  private async startOrResume(
    key: string,
    source: RecordingSource,
    livePublish: LivePublish,
    sessionId: string,
  ): Promise<void> {
    const existing = this.live.get(key);
    if (existing?.isPaused && continuityOf(existing.stream) === continuityOf(livePublish.stream)) {
      this.timers.clear(existing.resumeTimer);
      existing.resumeTimer = undefined;
      existing.isPaused = false;
      existing.isEnding = false;
      existing.sessionId = sessionId;
      for (const track of existing.tracks) {
        // A file that was full when the publisher left is done: the new publish starts the next one.
        if (this.isFull(track)) {
          const full = track.record;
          track.record = await this.openNextFile(full);
          this.finalizeInBackground(full, true);
        }
        await this.startPiece(existing, track);
      }
      this.reportStatus(existing, "record_resumed", "the publisher came back within the resume window");
      return;
    }
    if (existing) await this.endStream(existing);
    if (!this.sources.has(source.id)) return;
    const plan = await source.planFor(livePublish.stream);
    // The publisher may have left while the plan was made; its end is queued after this step.
    if (!plan || this.isClosed) return;
    await this.start(key, source.id, livePublish, sessionId, plan);
  }

  private async start(
    key: string,
    sourceId: string,
    livePublish: LivePublish,
    sessionId: string,
    plan: RecordingPlan,
  ): Promise<void> {
    const formats = (
      Object.entries(plan.config.formats) as Array<[RecordingFormat, FormatSettings | undefined]>
    ).filter(
      (entry): entry is [RecordingFormat, FormatSettings] => Boolean(entry[1]) && recordsFormat(entry[0], plan.tracks),
    );
    if (formats.length === 0) return;
    const live: LiveStream = {
      key,
      streamKey: livePublish.streamKey,
      sourceId,
      stream: livePublish.stream,
      sessionId,
      plan,
      tracks: [],
      isPaused: false,
      isEnding: false,
      resumeTimer: undefined,
      statusSeq: 0,
      recordingSessionId: randomUUID(),
    };
    this.live.set(key, live);
    // All formats start together: one after another, the last would miss the stream's first seconds.
    live.tracks = await Promise.all(
      formats.map(async ([format, settings]): Promise<Track> => ({
        format,
        settings,
        record: await this.openRecording(live, format, settings),
        running: undefined,
      })),
    );
    await Promise.all(live.tracks.map((track) => this.startPiece(live, track)));
    this.options.logger.info(
      `recorder: recording ${live.streamKey} for ${sourceId} as ${formats.map(([format]) => format).join(", ")}`,
    );
    this.reportStatus(live, "record_start_succeeded", "recording started");
  }

  private async pauseOrEnd(key: string, sessionId: string): Promise<void> {
    const live = this.live.get(key);
    if (!live || live.sessionId !== sessionId || live.isPaused) return;
    for (const track of live.tracks) if (track.running) track.running.isStopping = true;
    // The pulls see the end of the stream and close their files themselves.
    this.options.dropPlayers(`/${live.streamKey}`);
    await Promise.all(live.tracks.map((track) => this.stopPiece(track)));
    const returnsBy = this.returning.get(live.streamKey) ?? 0;
    const windowMs = Math.max(live.plan.config.resumeWindowSeconds * 1000, returnsBy - Date.now());
    if (windowMs <= 0) {
      await this.endStream(live);
      return;
    }
    live.isPaused = true;
    this.reportStatus(live, "record_paused", `waiting ${Math.ceil(windowMs / 1000)} s for the publisher to come back`);
    this.awaitReturn(live, windowMs);
  }

  private async endStream(live: LiveStream): Promise<void> {
    this.timers.clear(live.resumeTimer);
    for (const track of live.tracks) {
      await this.stopPiece(track);
      this.finalizeInBackground(track.record, track.record.fileIndex > 1);
    }
    live.tracks = [];
    if (this.live.get(live.key) === live) this.live.delete(live.key);
    this.reportStatus(live, "record_ended", "the stream ended");
  }

  // ─── files and pieces ───────────────────────────────────────────────────────

  private async openRecording(
    live: LiveStream,
    format: RecordingFormat,
    settings: FormatSettings,
  ): Promise<RecordingRecord> {
    const id = randomUUID();
    const dir = path.join(this.options.dataDir, "recordings", id);
    await mkdir(format === "hls" ? piecePath(dir, "hls", 0) : dir, { recursive: true });
    const record: RecordingRecord = {
      id,
      streamKey: live.key,
      format,
      dir,
      state: "open",
      stream: live.stream,
      settings,
      templateId: live.plan.config.templateId,
      startMs: Date.now(),
      pieces: [],
      owner: live.plan.owner,
      fileIndex: 1,
      tracks: live.plan.tracks,
      stored: null,
    };
    await this.store.insert(record);
    return record;
  }

  /** The recording of the file after `previous` (a split), holding `firstPiece` when it already has media. */
  private async openNextFile(previous: RecordingRecord, firstPiece?: Piece): Promise<RecordingRecord> {
    const id = randomUUID();
    const dir = path.join(this.options.dataDir, "recordings", id);
    await mkdir(dir, { recursive: true });
    const record: RecordingRecord = {
      ...previous,
      id,
      dir,
      state: "open",
      startMs: firstPiece?.startMs ?? Date.now(),
      pieces: firstPiece ? [firstPiece] : [],
      fileIndex: previous.fileIndex + 1,
      stored: null,
    };
    await this.store.insert(record);
    return record;
  }

  /** A split format's file that holds RecordInterval of media (possible when a publisher left right at a boundary). */
  private isFull(track: Track): boolean {
    const intervalMs = track.settings.recordIntervalSeconds * 1000;
    return track.format !== "hls" && intervalMs > 0 && recordedMsOf(track.record) >= intervalMs;
  }

  /**
   * Starts the ffmpeg for one publish of the stream. HLS writes a run of the recording's playlist;
   * the other formats are cut into files by the segment muxer (segmented-run.ts), whose timeline
   * starts at the media the file already holds so that a resumed file splits on time.
   */
  private async startPiece(live: LiveStream, track: Track): Promise<void> {
    const record = track.record;
    const run = record.pieces.length + 1;
    const startMs = Date.now();
    let piece: Piece;
    let output: string[];
    if (track.format === "hls") {
      piece = { run, startMs, endMs: null };
      output = hlsOutputArgs(piecePath(record.dir, "hls", run), run, record.tracks);
    } else {
      const recordedMs = recordedMsOf(record);
      const dir = path.join(record.dir, `run-${run}`);
      await mkdir(dir, { recursive: true });
      piece = { run, startMs, endMs: null, segment: { dir, index: 0, anchorMs: startMs - recordedMs } };
      output = segmentedOutputArgs(track.format, dir, {
        splitSeconds: track.settings.recordIntervalSeconds,
        offsetSeconds: recordedMs / 1000,
        tracks: record.tracks,
      });
    }
    record.pieces.push(piece);
    await this.store.savePieces(record.id, record.pieces);
    // From the stream's first frame when the recorder connects within the relay's pre-roll, so
    // that what a file holds does not depend on how long this ffmpeg took to start.
    const source = `${this.options.relayBaseUrl()}/${live.streamKey}?${PRE_ROLL_QUERY}=1`;
    const process = this.options.supervisor.spawn(
      this.options.ffmpegPath,
      [
        "-hide_banner",
        "-loglevel",
        "error",
        "-nostdin",
        // The relay sends the stream's headers first: a long probe would only delay the first write.
        "-analyzeduration",
        "500000",
        "-i",
        source,
        ...output,
      ],
      `recorder ${track.format} ${live.key} #${run}`,
    );
    const running: RunningPiece = { piece, process, isStopping: false, listedSegments: 0 };
    track.running = running;
    if (piece.segment) this.pollSegments(live, track, running);
    void process.exited.then(() => {
      if (running.isStopping || this.isClosed) return;
      // The relay reports a publisher leaving about when the recorder's ffmpeg sees its stream end:
      // give that report a moment to arrive before calling the exit a fault.
      this.timers.set(PUBLISH_END_GRACE_MS, () =>
        this.queues.enqueue(live.key, () => this.onPieceDied(live, track, running)),
      );
    });
  }

  /** Stops the track's ffmpeg (it closes its output cleanly) and records when the piece ended. */
  private async stopPiece(track: Track, { awaitStreamEnd = true } = {}): Promise<void> {
    const running = track.running;
    if (!running) return;
    track.running = undefined;
    running.isStopping = true;
    // After dropPlayers the ffmpeg finishes on the end of stream; SIGTERM only if it does not.
    if (awaitStreamEnd)
      await Promise.race([running.process.exited, new Promise((resolve) => setTimeout(resolve, STREAM_END_WAIT_MS))]);
    await running.process.stop();
    await this.endPiece(track, running);
  }

  /** After the run's ffmpeg has exited: the files it finished are handed on and its last piece ends. */
  private async endPiece(track: Track, running: RunningPiece): Promise<void> {
    if (running.piece.segment) await this.collectSegments(track, running, { isRunOver: true });
    const piece = running.piece;
    if (piece.endMs === null) {
      // A run killed before it could list its last segment (or HLS): the media ends about when it was last written.
      piece.endMs = piece.segment ? await lastWriteOf(pieceFile(track.record, piece), piece.startMs) : Date.now();
      if (piece.segment) piece.segment.isLast = true;
    }
    await this.store.savePieces(track.record.id, track.record.pieces);
  }

  private async onPieceDied(live: LiveStream, track: Track, running: RunningPiece): Promise<void> {
    if (track.running !== running || running.isStopping) return;
    const exit = await running.process.exited;
    track.running = undefined;
    await this.endPiece(track, running);
    live.tracks = live.tracks.filter((other) => other !== track);
    const reason = running.process.stderrTail() || `ffmpeg exited (${exit.signal ?? `code ${exit.code}`})`;
    this.options.logger.warn(`recorder: ${track.format} recording of ${live.key} failed: ${reason}`);
    this.reportStatus(live, "record_error", `${track.format}: ${reason}`);
    this.finalizeInBackground(track.record, track.record.fileIndex > 1);
    if (live.tracks.length === 0 && this.live.get(live.key) === live) this.live.delete(live.key);
  }

  /** Reads a running split format's segment list every SEGMENT_POLL_MS, in the recording's queue. */
  private pollSegments(live: LiveStream, track: Track, running: RunningPiece): void {
    this.timers.set(SEGMENT_POLL_MS, () =>
      this.queues.enqueue(live.key, async () => {
        // Once the publish is ending the last listed segment may be the run's last: endPiece decides.
        if (track.running !== running || running.isStopping || live.isEnding || this.isClosed) return;
        await this.collectSegments(track, running, { isRunOver: false });
        if (track.running === running && !running.isStopping && !this.isClosed) this.pollSegments(live, track, running);
      }),
    );
  }

  /**
   * Acts on the segments the run has listed since the last read. Each listed segment that another
   * follows is a split: its file ends where the media it holds ends, the next file (whose recording
   * is persisted first, so a crash never leaves a segment unclaimed for long) starts there, and the
   * finished one is finalized. With `isRunOver` the last listed segment is the run's last.
   */
  private async collectSegments(track: Track, running: RunningPiece, { isRunOver }: { isRunOver: boolean }) {
    const listed = await readSegmentList(running.piece.segment?.dir ?? "");
    while (running.listedSegments < listed.length) {
      const entry = listed[running.listedSegments];
      const current = running.piece;
      const segment = current.segment;
      if (!entry || !segment) return;
      if (entry.index !== segment.index) {
        throw new Error(`${segment.dir} listed segment ${entry.index} while ${segment.index} was being written`);
      }
      const isRunsLast = isRunOver && running.listedSegments === listed.length - 1;
      // The muxer opens the next segment right after listing one; until it has, this may be the run's last.
      if (!isRunOver && !(await exists(segmentFile(segment.dir, track.format, segment.index + 1)))) return;
      current.endMs = wallClockOf(segment, entry.endSeconds);
      running.listedSegments += 1;
      if (isRunsLast) {
        segment.isLast = true;
        return;
      }
      const next: Piece = {
        run: 1,
        startMs: current.endMs,
        endMs: null,
        segment: { dir: segment.dir, index: segment.index + 1, anchorMs: segment.anchorMs },
      };
      const finished = track.record;
      track.record = await this.openNextFile(finished, next);
      running.piece = next;
      await this.store.savePieces(finished.id, finished.pieces);
      this.finalizeInBackground(finished, true);
    }
  }

  // ─── finalizing ─────────────────────────────────────────────────────────────

  /** Not after close(): what is left open then is finalized by recoverLeftovers at the next start. */
  private finalizeInBackground(record: RecordingRecord, isSplit: boolean): void {
    if (this.isClosed) return;
    this.finishing.add(record.id);
    const work = this.finisher
      .finish(record, isSplit)
      .catch((error: unknown) =>
        this.options.logger.error(
          `recorder: finalizing ${record.format} of ${record.streamKey} failed: ${describe(error)}`,
        ),
      )
      .finally(() => this.finishing.delete(record.id));
    this.background.add(work, record.owner.sourceId);
  }

  /** A change in a stream's recording, for outlets that report one (CSS event 332); failures are only logged. */
  private reportStatus(live: LiveStream, event: RecordStatusEvent, detail: string): void {
    const outlet = this.outlets[live.plan.owner.kind];
    if (!outlet?.status) return;
    const seq = ++live.statusSeq;
    const work = outlet
      .status(live.stream, event, { sessionId: live.recordingSessionId, seq, detail, eventTimeMs: Date.now() })
      .catch((error: unknown) =>
        this.options.logger.error(`recorder: reporting ${event} for ${live.key} failed: ${describe(error)}`),
      );
    this.background.add(work, live.sourceId);
  }
}
