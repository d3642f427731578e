import { stat } from "node:fs/promises";
import type { LiveStream, RecorderProcess, Track } from "./live-stream";
import { failedOutputsIn } from "./recorder-args";
import type { RecorderContext } from "./recorder-context";
import type { RecordingFiles } from "./recording-files";
import type { Piece } from "./recording-store";
import { readSegmentList, segmentFile, wallClockOf } from "./segmented-run";

/** How often a run's segment lists (and its outputs' health) are read. */
const SEGMENT_POLL_MS = 250;

const isFile = (file: string) =>
  stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  );

/**
 * Acts on the segments a track's run has listed since the last read. Each listed segment that
 * another follows is a split: its file ends where the media it holds ends, the next file (whose
 * recording is persisted first, so a crash never leaves a segment unclaimed for long) starts there,
 * and the finished one is finalized. With `isRunOver` the last listed segment is the run's last.
 */
export async function collectSegments(
  context: RecorderContext,
  files: RecordingFiles,
  track: Track,
  { isRunOver }: { isRunOver: boolean },
): Promise<void> {
  const running = track.running;
  if (!running) return;
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
    if (!isRunOver && !(await isFile(segmentFile(segment.dir, track.format, segment.index + 1)))) return;
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
    track.record = await files.next(finished, next);
    running.piece = next;
    await context.store.savePieces(finished.id, finished.pieces);
    context.finalizeInBackground(finished, true);
  }
}

/** What a run's watcher reports: a tee output that failed while the others go on. */
export type OutputFailureHandler = (track: Track, reason: string) => Promise<void>;

/**
 * Watches a running recorder ffmpeg every SEGMENT_POLL_MS, in the recording's queue: outputs its
 * stderr reports as failed go to `onOutputFailed`, and each split format's new segments are
 * collected. It stops once the run is stopping (its publish ended: the last listed segment may then
 * be the run's last, which ending the run decides) or the recorder is closed.
 */
export function watchRun(
  context: RecorderContext,
  files: RecordingFiles,
  live: LiveStream,
  ffmpeg: RecorderProcess,
  onOutputFailed: OutputFailureHandler,
): void {
  const isWatched = () => !ffmpeg.isStopping && !context.isClosed;
  context.timers.set(SEGMENT_POLL_MS, () =>
    context.queues.enqueue(live.key, async () => {
      if (!isWatched()) return;
      for (const [index, reason] of failedOutputsIn(ffmpeg.process.stderrTail())) {
        const track = ffmpeg.tracks[index];
        if (ffmpeg.failedOutputs.has(index) || !track || track.running?.ffmpeg !== ffmpeg) continue;
        ffmpeg.failedOutputs.add(index);
        await onOutputFailed(track, reason);
      }
      for (const track of ffmpeg.tracks) {
        if (isWatched() && track.running?.ffmpeg === ffmpeg && track.running.piece.segment)
          await collectSegments(context, files, track, { isRunOver: false });
      }
      if (isWatched() && ffmpeg.tracks.some((track) => track.running?.ffmpeg === ffmpeg))
        watchRun(context, files, live, ffmpeg, onOutputFailed);
    }),
  );
}
