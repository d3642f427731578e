import type { LiveStream, RecorderProcess, Track } from "./live-stream";
import { describeError, type RecorderContext } from "./recorder-context";
import { isFull, type RecordingFiles } from "./recording-files";
import { endTrackRun, startRun, stopRun } from "./recorder-run";
import { collectSegments, watchRun } from "./segment-watcher";

/** A recorder ffmpeg that exits on its own is a fault unless the relay reports the publish ended this soon. */
const PUBLISH_END_GRACE_MS = 1000;

/**
 * The runs of a stream's formats: one ffmpeg per publish writing all of them, watched for splits
 * and for failed outputs, and what happens when it fails. A format whose output fails is
 * restarted alone, in an ffmpeg of its own, continuing its file (the others never stop); a run
 * that dies (or a restarted format that fails again) ends those formats' files with record_error,
 * leaving the stream's other formats alone.
 */
export class StreamRuns {
  constructor(
    private readonly context: RecorderContext,
    private readonly files: RecordingFiles,
    /** The stream has no format left (all failed): it is no longer recorded. */
    private readonly onNoTracksLeft: (live: LiveStream) => void,
  ) {}

  /** Starts the ffmpeg writing a new piece of each of `tracks`, for the stream's current publish. */
  async start(live: LiveStream, tracks: readonly Track[], { isRestart = false } = {}): Promise<void> {
    if (tracks.length === 0) return;
    const ffmpeg = await startRun(this.context, live, tracks, { isRestart });
    watchRun(this.context, this.files, live, ffmpeg, (track, reason) => this.onOutputFailed(live, track, reason));
    void ffmpeg.process.exited.then(() => {
      if (ffmpeg.isStopping || this.context.isClosed) return;
      // The relay reports a publisher leaving about when the recorder's ffmpeg sees its stream end:
      // give that report a moment to arrive before calling the exit a fault.
      this.context.timers.set(PUBLISH_END_GRACE_MS, () =>
        this.context.queues.enqueue(live.key, () => this.onRunDied(live, ffmpeg)),
      );
    });
  }

  /** Stops the track's run (shared with the stream's other formats) and ends its piece. */
  async stop(track: Track, { awaitStreamEnd = true } = {}): Promise<void> {
    const running = track.running;
    if (!running) return;
    await stopRun(running.ffmpeg, { awaitStreamEnd });
    await this.endPiece(track);
  }

  /** The publisher left: the runs see the stream end and close their files; no split starts another file. */
  markStopping(live: LiveStream): void {
    for (const track of live.tracks) if (track.running) track.running.ffmpeg.isStopping = true;
  }

  private endPiece(track: Track): Promise<void> {
    return endTrackRun(this.context, track, (ended) =>
      collectSegments(this.context, this.files, ended, { isRunOver: true }),
    );
  }

  /** The stream's ffmpeg exited while it should have been recording: each format it wrote ends. */
  private async onRunDied(live: LiveStream, ffmpeg: RecorderProcess): Promise<void> {
    if (ffmpeg.isStopping) return;
    const exit = await ffmpeg.process.exited;
    const reason = ffmpeg.process.stderrTail() || `ffmpeg exited (${exit.signal ?? `code ${exit.code}`})`;
    for (const track of ffmpeg.tracks) {
      if (track.running?.ffmpeg === ffmpeg) await this.endFailedTrack(live, track, reason);
    }
  }

  /**
   * One output of a run failed (the tee muxer dropped it) while the others go on: the piece it
   * wrote ends where its output stopped, and the format starts again alone, in the same file.
   */
  private async onOutputFailed(live: LiveStream, track: Track, reason: string): Promise<void> {
    if (track.hasRestarted) {
      await this.endFailedTrack(live, track, reason);
      return;
    }
    this.context.logger.warn(`recorder: ${track.format} output of ${live.key} failed, restarting it: ${reason}`);
    this.context.reportStatus(live, "record_error", `${track.format}: ${reason}`);
    const failedRun = track.running?.ffmpeg;
    await this.endPiece(track);
    // The publish ended meanwhile: the stream pauses or ends (its queued step), with nothing to restart.
    if (failedRun?.isStopping) return;
    track.hasRestarted = true;
    if (isFull(track)) {
      // The file was full when its output failed: the restarted format starts the next one.
      const full = track.record;
      track.record = await this.files.next(full);
      this.context.finalizeInBackground(full, true);
    }
    try {
      await this.start(live, [track], { isRestart: true });
    } catch (error) {
      await this.endFailedTrack(live, track, describeError(error));
    }
  }

  /** A format that cannot go on: its file is finished with what it holds, and record_error reported. */
  private async endFailedTrack(live: LiveStream, track: Track, reason: string): Promise<void> {
    const ffmpeg = track.running?.ffmpeg;
    await this.endPiece(track);
    // A process left with no format to write (a format restarted alone) is not needed any more.
    if (ffmpeg && !ffmpeg.tracks.some((other) => other.running?.ffmpeg === ffmpeg))
      void stopRun(ffmpeg, { awaitStreamEnd: false });
    live.tracks = live.tracks.filter((other) => other !== track);
    this.context.logger.warn(`recorder: ${track.format} recording of ${live.key} failed: ${reason}`);
    this.context.reportStatus(live, "record_error", `${track.format}: ${reason}`);
    this.context.finalizeInBackground(track.record, track.record.fileIndex > 1);
    if (live.tracks.length === 0) this.onNoTracksLeft(live);
  }
}
