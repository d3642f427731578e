import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { ProcessExit } from "../ffmpeg/process-supervisor";
import { PRE_ROLL_QUERY } from "../relay/pre-roll";
import { pieceFile } from "./finalize-recording";
import type { LiveStream, RecorderProcess, Track } from "./live-stream";
import { recorderArgs, type RecorderOutput } from "./recorder-args";
import type { RecorderContext } from "./recorder-context";
import { hlsOutput, piecePath } from "./recording-formats";
import { recordedMsOf } from "./recording-files";
import type { Piece } from "./recording-store";
import { segmentedOutput } from "./segmented-run";
import { lastWriteOf } from "./settle-leftovers";

/** How long a pull whose stream ended gets to close its files before it is sent SIGTERM. */
const STREAM_END_WAIT_MS = 1500;

/**
 * The next piece of a track's file and the output that writes it. HLS writes a run of the
 * recording's playlist; the other formats are cut into files by the segment muxer
 * (segmented-run.ts), whose timeline starts at the media the file already holds so that a resumed
 * file splits on time.
 */
async function nextPiece(track: Track, startMs: number): Promise<{ piece: Piece; output: RecorderOutput }> {
  const record = track.record;
  const run = record.pieces.length + 1;
  if (track.format === "hls") {
    return { piece: { run, startMs, endMs: null }, output: hlsOutput(piecePath(record.dir, "hls", run), run) };
  }
  const recordedMs = recordedMsOf(record);
  const dir = path.join(record.dir, `run-${run}`);
  await mkdir(dir, { recursive: true });
  return {
    piece: { run, startMs, endMs: null, segment: { dir, index: 0, anchorMs: startMs - recordedMs } },
    output: segmentedOutput(track.format, dir, {
      splitSeconds: track.settings.recordIntervalSeconds,
      offsetSeconds: recordedMs / 1000,
    }),
  };
}

/**
 * Starts one ffmpeg pulling the stream's current publish into a new piece of each of `tracks`
 * (persisted before it starts). `isRestart` is for a format restarted alone while the publish
 * goes on: it joins the stream where it is rather than from its first frame.
 */
export async function startRun(
  context: RecorderContext,
  live: LiveStream,
  tracks: readonly Track[],
  { isRestart = false } = {},
): Promise<RecorderProcess> {
  const startMs = Date.now();
  const next = await Promise.all(tracks.map((track) => nextPiece(track, startMs)));
  await Promise.all(
    tracks.map(async (track, index) => {
      const piece = next[index]?.piece;
      if (piece) track.record.pieces.push(piece);
      await context.store.savePieces(track.record.id, track.record.pieces);
    }),
  );
  // From the stream's first frame when the recorder connects within the relay's pre-roll, so
  // that what a file holds does not depend on how long this ffmpeg took to start.
  const query = isRestart ? "" : `?${PRE_ROLL_QUERY}=1`;
  const source = `${context.options.relayBaseUrl()}/${live.streamKey}${query}`;
  const outputs = next.map(({ output }) => output);
  const formats = tracks.map((track) => track.format).join("+");
  const process = context.options.supervisor.spawn(
    context.options.ffmpegPath,
    recorderArgs(source, live.plan.tracks, outputs),
    `recorder ${formats} ${live.key} #${next[0]?.piece.run ?? 1}`,
  );
  const ffmpeg: RecorderProcess = { process, tracks, isStopping: false, failedOutputs: new Set(), stopping: undefined };
  for (const [index, track] of tracks.entries()) {
    const piece = next[index]?.piece;
    if (piece) track.running = { piece, ffmpeg, listedSegments: 0 };
  }
  return ffmpeg;
}

/**
 * Stops a recorder ffmpeg; it closes its outputs cleanly. After dropPlayers it finishes on the end
 * of the stream by itself, and gets SIGTERM only if it does not; with `awaitStreamEnd` false (the
 * publisher still sends) it gets SIGTERM at once. Every track it writes may ask: they share one stop.
 */
export function stopRun(ffmpeg: RecorderProcess, { awaitStreamEnd = true } = {}): Promise<ProcessExit> {
  ffmpeg.isStopping = true;
  ffmpeg.stopping ??= (async () => {
    if (awaitStreamEnd) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        ffmpeg.process.exited,
        new Promise((resolve) => (timer = setTimeout(resolve, STREAM_END_WAIT_MS))),
      ]);
      clearTimeout(timer);
    }
    return ffmpeg.process.stop();
  })();
  return ffmpeg.stopping;
}

/**
 * Ends the piece a track's run wrote, once its output is over (its ffmpeg exited or dropped it):
 * the files it finished are handed on (`collect`) and its last piece gets its end.
 */
export async function endTrackRun(
  context: RecorderContext,
  track: Track,
  collect: (track: Track) => Promise<void>,
): Promise<void> {
  const running = track.running;
  if (!running) return;
  if (running.piece.segment) await collect(track);
  track.running = undefined;
  const piece = running.piece;
  if (piece.endMs === null) {
    // A run killed before it could list its last segment (or HLS): the media ends about when it was last written.
    piece.endMs = piece.segment ? await lastWriteOf(pieceFile(track.record, piece), piece.startMs) : Date.now();
    if (piece.segment) piece.segment.isLast = true;
  }
  await context.store.savePieces(track.record.id, track.record.pieces);
}
