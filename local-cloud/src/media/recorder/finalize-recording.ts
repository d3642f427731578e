import { mkdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ProcessSupervisor } from "../ffmpeg/process-supervisor";
import { appendPieces } from "./append-pieces";
import { composeHlsPlaylist } from "./hls-playlist";
import { EXTENSION, HLS_PLAYLIST, hasVideo, piecePath } from "./recording-formats";
import type { Piece, RecordingRecord } from "./recording-store";
import { SEGMENT_LIST, segmentFile } from "./segmented-run";

const REMUX_TIMEOUT_MS = 120_000;
/*
 * The recorder writes MP4 fragmented, so that a crash leaves a playable file; the finished file is
 * remuxed with its index up front (faststart). That is the one rewrite finishing keeps, because no
 * MP4 is both: a fragmented file states its samples only fragment by fragment, and a browser
 * playing it over HTTP reads the whole file before it starts (measured with Chromium: 50 MB and
 * 0.85 s for a 5 min file on loopback, against 1 MB and 0.09 s faststart), which for a 2 h
 * recording over a real network is minutes. The remux is a copy (about 70 ms of CPU at 30 s, mostly
 * ffmpeg's start).
 */
const FASTSTART = ["-movflags", "+faststart"];

export interface FinalizedFiles {
  /** The file (or, for HLS, the directory) to hand to VOD. */
  path: string;
  coverPath: string | null;
}

async function nonEmpty(file: string): Promise<boolean> {
  try {
    return (await stat(file)).size > 0;
  } catch {
    return false;
  }
}

async function ffmpeg(supervisor: ProcessSupervisor, ffmpegPath: string, args: string[], label: string) {
  const result = await supervisor.run(
    ffmpegPath,
    ["-hide_banner", "-loglevel", "error", "-nostdin", "-y", ...args],
    label,
    REMUX_TIMEOUT_MS,
  );
  if (result.code !== 0) throw new Error(`${label} failed: ${result.stderr || `exit ${result.code ?? result.signal}`}`);
}

/** The file a piece was written into (for HLS, the recording's `hls/` directory). */
export function pieceFile(record: RecordingRecord, piece: Piece): string {
  if (piece.segment) return segmentFile(piece.segment.dir, record.format, piece.segment.index);
  return piecePath(record.dir, record.format, piece.run);
}

/**
 * What finalizing hands to VOD: the same path for the same recording and name at every attempt,
 * so that VOD (idempotent per path) can say whether an attempt cut short by a crash stored it.
 */
export function finalizedPath(record: RecordingRecord, name: string): string {
  if (record.format === "hls") return piecePath(record.dir, "hls", 0);
  return path.join(record.dir, "out", `${name}.${EXTENSION[record.format]}`);
}

/**
 * A single FLV or AAC piece is renamed into place and a single MP4 made faststart; several (a
 * resumed stream) are joined: AAC byte for byte, MP4 and FLV with the concat demuxer (their
 * timestamps restart with each piece).
 */
async function joinPieces(
  record: RecordingRecord,
  supervisor: ProcessSupervisor,
  ffmpegPath: string,
  output: string,
): Promise<boolean> {
  const format = record.format;
  if (format === "hls") throw new Error("HLS recordings are joined by their playlist");
  const pieces: string[] = [];
  for (const piece of record.pieces) {
    const file = pieceFile(record, piece);
    if (await nonEmpty(file)) pieces.push(file);
  }
  const [only] = pieces;
  if (only === undefined) return false;
  if (pieces.length === 1 && format === "mp4")
    await ffmpeg(supervisor, ffmpegPath, ["-i", only, "-c", "copy", ...FASTSTART, output], "mp4 faststart");
  else if (pieces.length === 1) await rename(only, output);
  else if (format === "aac") await appendPieces(pieces, output);
  else {
    const list = path.join(record.dir, "concat.txt");
    // The concat demuxer reads relative paths from the list's own folder: write them absolute.
    const lines = pieces.map((file) => `file '${path.resolve(file).replaceAll("'", "'\\''")}'`);
    await writeFile(list, lines.join("\n") + "\n");
    const layout = format === "mp4" ? FASTSTART : [];
    await ffmpeg(
      supervisor,
      ffmpegPath,
      ["-f", "concat", "-safe", "0", "-i", list, "-c", "copy", ...layout, output],
      `join ${format} pieces`,
    );
  }
  return true;
}

/** The cover is the first frame: `-frames:v 1` decodes it and stops, reading only the file's start. */
async function extractCover(
  input: string,
  output: string,
  supervisor: ProcessSupervisor,
  ffmpegPath: string,
): Promise<string | null> {
  try {
    await ffmpeg(supervisor, ffmpegPath, ["-i", input, "-frames:v", "1", "-q:v", "4", output], "cover frame");
    return (await nonEmpty(output)) ? output : null;
  } catch {
    return null;
  }
}

/**
 * Turns what a recording's pieces wrote into one playable file named `name`: HLS gets a joined
 * VOD playlist, MP4 a faststart remux, a single FLV or AAC piece is that file, resumed ones their
 * pieces joined. Null when nothing was recorded (the publisher left before the first frame reached
 * the recorder).
 */
export async function finalizeRecordingFiles(
  record: RecordingRecord,
  name: string,
  supervisor: ProcessSupervisor,
  ffmpegPath: string,
): Promise<FinalizedFiles | null> {
  const outDir = path.join(record.dir, "out");
  await mkdir(outDir, { recursive: true });
  const coverFile = path.join(outDir, "cover.jpg");
  if (record.format === "hls") {
    const hlsDir = piecePath(record.dir, "hls", 0);
    const segments = await composeHlsPlaylist(
      hlsDir,
      record.pieces.map((piece) => piece.run),
    );
    if (segments === 0) return null;
    const cover = hasVideo("hls", record.tracks)
      ? await extractCover(path.join(hlsDir, HLS_PLAYLIST), coverFile, supervisor, ffmpegPath)
      : null;
    return { path: hlsDir, coverPath: cover };
  }
  const output = finalizedPath(record, name);
  const isJoined = await joinPieces(record, supervisor, ffmpegPath, output);
  // No pieces but the file there: an attempt cut short by a crash had renamed its only piece into it.
  if (!isJoined && !(await nonEmpty(output))) return null;
  const cover = hasVideo(record.format, record.tracks)
    ? await extractCover(output, coverFile, supervisor, ffmpegPath)
    : null;
  return { path: output, coverPath: cover };
}

/**
 * Pieces are not needed once the finished file is VOD's; the output and cover stay for VOD. The
 * recording holding a run's last segment also removes the run's list, and its directory once the
 * other files of the run (other recordings') are gone.
 */
export async function removePieces(record: RecordingRecord): Promise<void> {
  if (record.format === "hls") return;
  for (const piece of record.pieces) {
    await rm(pieceFile(record, piece), { force: true });
    if (!piece.segment?.isLast) continue;
    await rm(path.join(piece.segment.dir, SEGMENT_LIST), { force: true });
    await rmdir(piece.segment.dir).catch(() => undefined);
  }
  await rm(path.join(record.dir, "concat.txt"), { force: true });
}
