import { randomUUID } from "node:crypto";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { Logger } from "../../core/logger";
import type {
  CallbackSink,
  CallbackTarget,
  FinalizedRecording,
  FormatSettings,
  MediaSink,
  RecordingConfig,
  RecordingConfigSource,
  RecordingFormat,
} from "../../recording/contracts";
import type { ProcessSupervisor, SupervisedProcess } from "../ffmpeg/process-supervisor";
import type { RelayPublish } from "../relay/relay";
import { finalizeRecordingFiles, removePieces } from "./finalize-recording";
import { recordedStreamOf, type RecordedStream } from "./recorded-stream";
import { recordFileEventBody, recordStatusEventBody, type RecordStatusEvent } from "./recorder-events";
import { pieceOutputArgs, piecePath } from "./recording-formats";
import { recordingNameId, renderRecordingName } from "./recording-name";
import { RecordingStore, type Piece, type RecordingRecord } from "./recording-store";

/** A recorder ffmpeg that exits on its own is a fault unless the relay reports the publish ended this soon. */
const PUBLISH_END_GRACE_MS = 1000;
/** How long a split waits for the next file's ffmpeg to start writing before stopping the current one. */
const SPLIT_OVERLAP_LIMIT_MS = 5000;
/** How long before a RecordInterval boundary the next file's ffmpeg starts (it needs about a second to start writing). */
const SPLIT_PREROLL_MS = 2000;
/** How long a pull whose stream ended gets to close its file before it is sent SIGTERM. */
const STREAM_END_WAIT_MS = 1500;

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
  config: RecordingConfigSource;
  media: MediaSink;
  callbacks: CallbackSink;
  logger: Logger;
}

/** One ffmpeg pulling a stream into one recording. */
interface RunningPiece {
  piece: Piece;
  process: SupervisedProcess;
  /** Set when the recorder itself stops it, so its exit is not taken for a fault. */
  isStopping: boolean;
}

/** A format being recorded for a live (or paused) stream: its current file and ffmpeg. */
interface Track {
  format: RecordingFormat;
  settings: FormatSettings;
  record: RecordingRecord;
  running: RunningPiece | undefined;
  splitTimer: NodeJS.Timeout | undefined;
  /** Milliseconds recorded into the current file, for splitting a resumed file on time. */
  recordedMs: number;
}

interface LiveStream {
  key: string;
  stream: RecordedStream;
  sessionId: string;
  config: RecordingConfig;
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
const streamKeyOf = (publish: RelayPublish) => `${publish.app}/${publish.name}`;

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
  private readonly keyOfSession = new Map<string, string>();
  /** Work on a stream runs one step at a time (start, end, split, resume, fault). */
  private readonly queues = new Map<string, Promise<void>>();
  private readonly finalizing = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private isClosed = false;

  constructor(private readonly options: StreamRecorderOptions) {
    this.store = new RecordingStore(options.db);
  }

  // ─── relay events ───────────────────────────────────────────────────────────

  onPublishStarted(publish: RelayPublish): void {
    const stream = recordedStreamOf(publish);
    if (!stream) return;
    const key = streamKeyOf(publish);
    this.keyOfSession.set(publish.sessionId, key);
    this.enqueue(key, () => this.startOrResume(key, stream, publish.sessionId));
  }

  onPublishEnded(sessionId: string): void {
    const key = this.keyOfSession.get(sessionId);
    if (key === undefined) return;
    this.keyOfSession.delete(sessionId);
    const live = this.live.get(key);
    if (live?.sessionId === sessionId) {
      // At once, not after queued work (a split may be waiting for media that will not come): the
      // pulls see the stream end and close their files, and no split starts another pull.
      live.isEnding = true;
      for (const track of live.tracks) if (track.running) track.running.isStopping = true;
      this.options.dropPlayers(`/${key}`);
    }
    this.enqueue(key, () => this.pauseOrEnd(key, sessionId));
  }

  /** For tests and shutdown: resolves once queued work and finalizations so far are done. */
  async idle(): Promise<void> {
    while (this.queues.size > 0 || this.finalizing.size > 0) {
      await Promise.allSettled([...this.queues.values(), ...this.finalizing]);
    }
  }

  /** Working directories of the files being recorded now, by stream key and format (tests, diagnostics). */
  activeRecordings(): Array<{ streamKey: string; format: RecordingFormat; dir: string }> {
    return [...this.live.values()].flatMap((live) =>
      live.tracks.map((track) => ({ streamKey: live.key, format: track.format, dir: track.record.dir })),
    );
  }

  /**
   * Finalizes recordings a crash left open (their rows are still `open`): fragmented MP4 and the HLS
   * event playlists are playable as far as they were written. Call once at start, before publishes.
   */
  async recoverLeftovers(): Promise<void> {
    const current = new Set([...this.live.values()].flatMap((live) => live.tracks.map((track) => track.record.id)));
    const leftovers = (await this.store.openRecordings()).filter((record) => !current.has(record.id));
    for (const record of leftovers) {
      for (const piece of record.pieces) {
        if (piece.endMs === null) piece.endMs = await this.lastWriteOf(record, piece);
      }
      this.options.logger.info(`recorder: finalizing ${record.format} of ${record.streamKey} left by a stop`);
      this.finalizeInBackground(record);
    }
    await this.idle();
  }

  /**
   * Stops every recorder ffmpeg cleanly and leaves its file for `recoverLeftovers` at the next start
   * rather than finalizing now: shutdown must be quick and must not depend on VOD and callbacks
   * still being up, and a file that is persisted as open is never lost (the same path as a crash).
   */
  async close(): Promise<void> {
    this.isClosed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.queues.values()]);
    // The publishers are still sending, so SIGTERM ends each ffmpeg at once with its file closed.
    const tracks = [...this.live.values()].flatMap((live) => live.tracks);
    await Promise.all(tracks.map((track) => this.stopPiece(track, { awaitStreamEnd: false })));
    this.live.clear();
    await Promise.allSettled([...this.finalizing]);
  }

  /**
   * Stops reacting to anything while leaving processes, files and rows as they are: what a crash of
   * the local cloud leaves behind, for tests of `recoverLeftovers`.
   */
  detachAsIfCrashed(): void {
    this.isClosed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.live.clear();
  }

  // ─── stream lifecycle ───────────────────────────────────────────────────────

  private async startOrResume(key: string, stream: RecordedStream, sessionId: string): Promise<void> {
    const existing = this.live.get(key);
    if (existing?.isPaused) {
      this.clearTimer(existing.resumeTimer);
      existing.resumeTimer = undefined;
      existing.isPaused = false;
      existing.isEnding = false;
      existing.sessionId = sessionId;
      for (const track of existing.tracks) {
        await this.startPiece(existing, track);
        this.scheduleSplit(existing, track);
      }
      this.reportStatus(existing, "record_resumed", "the publisher came back within the resume window");
      return;
    }
    if (existing) await this.endStream(existing);

    const config = await this.options.config.configForStream({
      domain: stream.domain,
      appName: stream.appName,
      streamName: stream.streamId,
      isChosen: Boolean(stream.userDefineRecordId),
    });
    if (!config || this.isClosed) return;
    const formats = Object.entries(config.formats).filter((entry): entry is [RecordingFormat, FormatSettings] =>
      Boolean(entry[1]),
    );
    if (formats.length === 0) return;
    // The publisher may have left while the config was read; its end is queued after this step.
    const live: LiveStream = {
      key,
      stream,
      sessionId,
      config,
      tracks: [],
      isPaused: false,
      isEnding: false,
      resumeTimer: undefined,
      statusSeq: 0,
      recordingSessionId: randomUUID(),
    };
    this.live.set(key, live);
    for (const [format, settings] of formats) {
      const track: Track = {
        format,
        settings,
        record: await this.openRecording(live, format, settings),
        running: undefined,
        splitTimer: undefined,
        recordedMs: 0,
      };
      live.tracks.push(track);
      await this.startPiece(live, track);
      this.scheduleSplit(live, track);
    }
    this.options.logger.info(`recorder: recording ${key} as ${formats.map(([format]) => format).join(", ")}`);
    this.reportStatus(live, "record_start_succeeded", "recording started");
  }

  private async pauseOrEnd(key: string, sessionId: string): Promise<void> {
    const live = this.live.get(key);
    if (!live || live.sessionId !== sessionId || live.isPaused) return;
    for (const track of live.tracks) {
      this.clearTimer(track.splitTimer);
      track.splitTimer = undefined;
      if (track.running) track.running.isStopping = true;
    }
    // The pulls see the end of the stream and close their files themselves.
    this.options.dropPlayers(`/${live.stream.appName}/${live.stream.streamId}`);
    await Promise.all(live.tracks.map((track) => this.stopPiece(track)));
    const windowSeconds = live.config.resumeWindowSeconds;
    if (windowSeconds <= 0) {
      await this.endStream(live);
      return;
    }
    live.isPaused = true;
    this.reportStatus(live, "record_paused", `waiting ${windowSeconds} s for the publisher to come back`);
    live.resumeTimer = this.setTimer(windowSeconds * 1000, () =>
      this.enqueue(key, async () => {
        if (this.live.get(key) === live && live.isPaused) await this.endStream(live);
      }),
    );
  }

  private async endStream(live: LiveStream): Promise<void> {
    this.clearTimer(live.resumeTimer);
    for (const track of live.tracks) {
      this.clearTimer(track.splitTimer);
      await this.stopPiece(track);
      this.finalizeInBackground(track.record);
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
      templateId: live.config.templateId,
      startMs: Date.now(),
      pieces: [],
    };
    await this.store.insert(record);
    return record;
  }

  private async startPiece(live: LiveStream, track: Track): Promise<void> {
    const record = track.record;
    const run = record.pieces.length + 1;
    const piece: Piece = { run, startMs: Date.now(), endMs: null };
    record.pieces.push(piece);
    await this.store.savePieces(record.id, record.pieces);
    const source = `${this.options.relayBaseUrl()}/${live.stream.appName}/${live.stream.streamId}`;
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
        ...pieceOutputArgs(track.format, piecePath(record.dir, track.format, run), run),
      ],
      `recorder ${track.format} ${live.key} #${run}`,
    );
    const running: RunningPiece = { piece, process, isStopping: false };
    track.running = running;
    void process.exited.then(() => {
      if (running.isStopping || this.isClosed) return;
      // The relay reports a publisher leaving about when the recorder's ffmpeg sees its stream end:
      // give that report a moment to arrive before calling the exit a fault.
      this.setTimer(PUBLISH_END_GRACE_MS, () => this.enqueue(live.key, () => this.onPieceDied(live, track, running)));
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

  private async endPiece(track: Track, running: RunningPiece): Promise<void> {
    running.piece.endMs = Date.now();
    track.recordedMs += running.piece.endMs - running.piece.startMs;
    await this.store.savePieces(track.record.id, track.record.pieces);
  }

  private async onPieceDied(live: LiveStream, track: Track, running: RunningPiece): Promise<void> {
    if (track.running !== running || running.isStopping) return;
    const exit = await running.process.exited;
    track.running = undefined;
    await this.endPiece(track, running);
    this.clearTimer(track.splitTimer);
    live.tracks = live.tracks.filter((other) => other !== track);
    const reason = running.process.stderrTail() || `ffmpeg exited (${exit.signal ?? `code ${exit.code}`})`;
    this.options.logger.warn(`recorder: ${track.format} recording of ${live.key} failed: ${reason}`);
    this.reportStatus(live, "record_error", `${track.format}: ${reason}`);
    this.finalizeInBackground(track.record);
    if (live.tracks.length === 0 && this.live.get(live.key) === live) this.live.delete(live.key);
  }

  /** RecordInterval splitting (not HLS): the next file starts before the current one stops, so none is lost. */
  private scheduleSplit(live: LiveStream, track: Track): void {
    const intervalMs = track.settings.recordIntervalSeconds * 1000;
    if (track.format === "hls" || intervalMs <= 0) return;
    const running = track.running;
    const elapsed = track.recordedMs + (running ? Date.now() - running.piece.startMs : 0);
    const boundaryAt = Date.now() + Math.max(intervalMs - elapsed, 0);
    // The next file's ffmpeg starts early enough to have media by the boundary.
    const prerollMs = Math.min(SPLIT_PREROLL_MS, intervalMs / 2);
    track.splitTimer = this.setTimer(Math.max(boundaryAt - prerollMs - Date.now(), 0), () =>
      this.enqueue(live.key, async () => {
        if (live.isPaused || live.isEnding || !live.tracks.includes(track) || this.isClosed) return;
        const previous = { record: track.record, running: track.running };
        track.record = await this.openRecording(live, track.format, track.settings);
        track.recordedMs = 0;
        await this.startPiece(live, track);
        await this.untilWriting(track);
        const early = boundaryAt - Date.now();
        if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
        // The files meet at the moment the next one has media: one's end is the other's start.
        const switchAt = Date.now();
        if (track.running) {
          track.running.piece.startMs = switchAt;
          await this.store.savePieces(track.record.id, track.record.pieces);
        }
        if (previous.running) {
          previous.running.isStopping = true;
          await previous.running.process.stop();
          previous.running.piece.endMs = switchAt;
          await this.store.savePieces(previous.record.id, previous.record.pieces);
        }
        this.finalizeInBackground(previous.record);
        this.scheduleSplit(live, track);
      }),
    );
  }

  /** Until the track's new piece has written something (or a few seconds passed): the overlap that keeps splits gapless. */
  private async untilWriting(track: Track): Promise<void> {
    const running = track.running;
    if (!running) return;
    const file = piecePath(track.record.dir, track.format, running.piece.run);
    const deadline = Date.now() + SPLIT_OVERLAP_LIMIT_MS;
    while (Date.now() < deadline && !running.isStopping) {
      const size = await stat(file).then(
        (info) => info.size,
        () => 0,
      );
      if (size > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async lastWriteOf(record: RecordingRecord, piece: Piece): Promise<number> {
    try {
      return Math.max((await stat(piecePath(record.dir, record.format, piece.run))).mtimeMs, piece.startMs);
    } catch {
      return piece.startMs;
    }
  }

  // ─── finalizing ─────────────────────────────────────────────────────────────

  private finalizeInBackground(record: RecordingRecord): void {
    const work = this.finalize(record).catch((error: unknown) =>
      this.options.logger.error(
        `recorder: finalizing ${record.format} of ${record.streamKey} failed: ${describe(error)}`,
      ),
    );
    this.finalizing.add(work);
    void work.finally(() => this.finalizing.delete(work));
  }

  private async finalize(record: RecordingRecord): Promise<void> {
    const { supervisor, ffmpegPath, media, logger } = this.options;
    const endMs = Math.max(...record.pieces.map((piece) => piece.endMs ?? piece.startMs), record.startMs);
    const startMs = record.pieces[0]?.startMs ?? record.startMs;
    const name = renderRecordingName(record.settings.vodFileName, recordingNameId(record.stream), startMs, endMs);
    const files = await finalizeRecordingFiles(record, name, supervisor, ffmpegPath);
    if (!files) {
      logger.info(`recorder: nothing was recorded into ${record.format} of ${record.streamKey}`);
      await this.store.markDone(record.id);
      return;
    }
    const finalized: FinalizedRecording = {
      sdkAppId: record.stream.sdkAppId,
      subAppId: record.settings.vodSubAppId,
      format: record.format,
      path: files.path,
      name,
      streamId: record.stream.streamId,
      domain: record.stream.domain,
      appName: record.stream.appName,
      startTime: startMs,
      endTime: endMs,
      streamParam: record.stream.streamParam,
      storageTimeSeconds: record.settings.storageTimeSeconds,
      coverPath: files.coverPath,
      recordTemplateId: record.templateId,
    };
    const stored = await media.addRecording(finalized);
    const target = await this.callbackTarget(record.stream);
    if (target?.recordNotifyUrl) {
      await this.options.callbacks.enqueue({
        url: target.recordNotifyUrl,
        body: recordFileEventBody(finalized, stored),
        signing: { kind: "css", key: target.callbackKey },
        eventKey: `record-file:${record.id}`,
      });
    }
    await this.store.markDone(record.id);
    await removePieces(record);
    logger.info(`recorder: ${name} (${record.format}) is VOD media ${stored.fileId}`);
  }

  private async callbackTarget(stream: RecordedStream): Promise<CallbackTarget | null> {
    return this.options.config.callbackTargetFor({ domain: stream.domain, appName: stream.appName });
  }

  /** Event 332 to `RecordStatusNotifyUrl`, when the app set one; a failure to enqueue is only logged. */
  private reportStatus(live: LiveStream, event: RecordStatusEvent, detail: string): void {
    const seq = ++live.statusSeq;
    const eventTimeMs = Date.now();
    const work = (async () => {
      const target = await this.callbackTarget(live.stream);
      if (!target?.recordStatusNotifyUrl) return;
      await this.options.callbacks.enqueue({
        url: target.recordStatusNotifyUrl,
        body: recordStatusEventBody(live.stream, event, {
          sessionId: live.recordingSessionId,
          seq,
          detail,
          eventTimeMs,
        }),
        signing: { kind: "css", key: target.callbackKey },
        eventKey: `record-status:${live.recordingSessionId}:${seq}`,
      });
    })().catch((error: unknown) =>
      this.options.logger.error(`recorder: reporting ${event} for ${live.key} failed: ${describe(error)}`),
    );
    this.finalizing.add(work);
    void work.finally(() => this.finalizing.delete(work));
  }

  // ─── plumbing ───────────────────────────────────────────────────────────────

  private enqueue(key: string, step: () => Promise<void>): void {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous
      .then(step)
      .catch((error: unknown) => this.options.logger.error(`recorder: ${key}: ${describe(error)}`));
    this.queues.set(key, next);
    void next.finally(() => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    });
  }

  private setTimer(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  private clearTimer(timer: NodeJS.Timeout | undefined): void {
    if (!timer) return;
    clearTimeout(timer);
    this.timers.delete(timer);
  }
}
