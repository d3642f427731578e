import path from "node:path";
import type { RecordingFormat } from "../../recording/contracts";
import type { RelayPublish } from "../relay/relay";
import { CSS_SOURCE_ID, cssRecordingSource } from "./css-recording";
import { ExpectedReturns } from "./expected-returns";
import { pieceFile } from "./finalize-recording";
import { partitionLeftovers, type LeftoverResume } from "./leftover-resume";
import { LiveRecordings } from "./live-recordings";
import { PublishFanOut } from "./publish-fan-out";
import { RecorderContext, type StreamRecorderOptions } from "./recorder-context";
import { hlsRunPlaylist, piecePath } from "./recording-formats";
import { RecordingFiles } from "./recording-files";
import type { RecordingSource } from "./recording-plan";
import { settleLeftovers } from "./settle-leftovers";
import { isOpen } from "./stream-lifecycle";

export type { StreamRecorderOptions } from "./recorder-context";

/**
 * Records published TRTC streams the way CSS records a push (the legacy regime): for each stream
 * a source wants (CSS's record template, a cloud-recording task), one ffmpeg pulls the stream from
 * the relay into a working directory per format; files split every RecordInterval, a publisher
 * returning within FlowContinueDuration continues the same file, and each finished file goes to
 * VOD and to the app's callback URL. Every recording is persisted while it is made, so a crash is
 * followed by finalizing what exists.
 *
 * The parts: publish-fan-out.ts (publishes × sources), live-recordings.ts (each stream's
 * lifecycle, stream-lifecycle.ts), recording-files.ts (files), stream-runs.ts and recorder-run.ts
 * (the ffmpeg of a run), segment-watcher.ts (splits), expected-returns.ts (a mixer's re-layout).
 */
export class StreamRecorder {
  private readonly context: RecorderContext;
  private readonly files: RecordingFiles;
  private readonly returns = new ExpectedReturns();
  private readonly recordings: LiveRecordings;
  private readonly fanOut: PublishFanOut;

  constructor(options: StreamRecorderOptions) {
    this.context = new RecorderContext(options);
    this.files = new RecordingFiles(this.context.store, options.dataDir);
    this.recordings = new LiveRecordings(this.context, this.files, this.returns);
    this.fanOut = new PublishFanOut(this.context, this.recordings, this.returns);
    this.fanOut.addSource(cssRecordingSource(options.config));
  }

  // ─── relay events ───────────────────────────────────────────────────────────

  onPublishStarted(publish: RelayPublish): void {
    this.fanOut.onPublishStarted(publish);
  }

  onPublishEnded(sessionId: string): void {
    this.fanOut.onPublishEnded(sessionId);
  }

  // ─── sources ────────────────────────────────────────────────────────────────

  /** A new source (a cloud-recording task) is asked about every stream published now and later. */
  addSource(source: RecordingSource): void {
    this.fanOut.addSource(source);
  }

  /**
   * The source's plans changed (a task's subscription was modified): recordings it no longer wants
   * end, and streams it now wants start being recorded.
   */
  refreshSource(sourceId: string): void {
    this.fanOut.refreshSource(sourceId);
  }

  /** Ends the source's recordings and resolves once each of their files is stored and announced. */
  async removeSource(sourceId: string): Promise<void> {
    if (sourceId === CSS_SOURCE_ID) throw new Error("the CSS recording source stays");
    this.fanOut.removeSource(sourceId);
    const { queues, background } = this.context;
    const ending = this.recordings.all().filter((live) => live.sourceId === sourceId);
    for (const live of ending) {
      queues.enqueue(live.key, async () => {
        // It may have ended by itself (its window closed) while this step waited its turn.
        if (isOpen(live.state)) await this.recordings.end(live);
      });
    }
    await Promise.allSettled(ending.flatMap((live) => queues.tail(live.key) ?? []));
    await Promise.allSettled(background.of(sourceId));
  }

  /**
   * The publisher of `streamKey` is about to stop and publish again (a mixer re-laying out its
   * picture): its recordings wait for it and continue in the same files, whatever the resume
   * window. The announcement is used up when the stream is published again.
   */
  expectReturn(streamKey: string): void {
    this.recordings.onReturnExpected(this.returns.expect(streamKey));
  }

  /**
   * The publisher of `streamKey` will not come back after all (the mix stopped): a recording that
   * waits for it ends as after a plain stop, rather than when the announced return is overdue.
   */
  withdrawReturn(streamKey: string): void {
    if (this.returns.withdraw(streamKey)) this.recordings.onReturnWithdrawn(streamKey);
  }

  /** For tests and shutdown: resolves once queued work and finalizations so far are done. */
  async idle(): Promise<void> {
    const { queues, background } = this.context;
    while (queues.size > 0 || background.size > 0) {
      await Promise.allSettled([...queues.pending(), ...background.all()]);
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
    return this.recordings.all().flatMap((live) =>
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
    const taken = new Set(this.recordings.all().flatMap((live) => live.tracks.map((track) => track.record.id)));
    for (const id of this.context.finishing) taken.add(id);
    const leftovers = (await this.context.store.openRecordings()).filter((record) => !taken.has(record.id));
    const files = await settleLeftovers(leftovers, {
      openNextFile: (previous, piece) => this.files.next(previous, piece),
      savePieces: (record) => this.context.store.savePieces(record.id, record.pieces),
    });
    const { parked, finished } = partitionLeftovers(files, (record) => resume?.awaitsReturn(record) ?? false);
    for (const stream of parked) this.recordings.park(stream, resume?.windowMs ?? 0);
    for (const { record, isSplit } of finished) {
      this.context.logger.info(`recorder: finalizing ${record.format} of ${record.streamKey} left by a stop`);
      this.context.finalizeInBackground(record, isSplit);
    }
  }

  /**
   * Stops every recorder ffmpeg cleanly and leaves its file for `recoverLeftovers` at the next start
   * rather than finalizing now: shutdown must be quick and must not depend on VOD and callbacks
   * still being up, and a file that is persisted as open is never lost (the same path as a crash).
   */
  async close(): Promise<void> {
    this.context.isClosed = true;
    this.context.timers.clearAll();
    await Promise.allSettled(this.context.queues.pending());
    // The publishers are still sending, so SIGTERM ends each ffmpeg at once with its file closed.
    const tracks = this.recordings.detachAll().flatMap((live) => live.tracks);
    await Promise.all(tracks.map((track) => this.recordings.runs.stop(track, { awaitStreamEnd: false })));
    await Promise.allSettled(this.context.background.all());
  }

  /**
   * Stops reacting to anything while leaving processes, files and rows as they are: what a crash of
   * the local cloud leaves behind, for tests of `recoverLeftovers`.
   */
  detachAsIfCrashed(): void {
    this.context.isClosed = true;
    this.context.timers.clearAll();
    this.recordings.detachAll();
  }
}
