import { randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { FormatSettings, RecordingFormat } from "../../recording/contracts";
import type { LiveStream, Track } from "./live-stream";
import { piecePath } from "./recording-formats";
import type { Piece, RecordingRecord, RecordingStore } from "./recording-store";

/** Media already in a file: for split formats a piece's times are those of the media it holds. */
export const recordedMsOf = (record: RecordingRecord) =>
  record.pieces.reduce((sum, piece) => sum + Math.max((piece.endMs ?? piece.startMs) - piece.startMs, 0), 0);

/** A split format's file that holds RecordInterval of media (possible when a publisher left right at a boundary). */
export function isFull(track: Track): boolean {
  const intervalMs = track.settings.recordIntervalSeconds * 1000;
  return track.format !== "hls" && intervalMs > 0 && recordedMsOf(track.record) >= intervalMs;
}

/**
 * Allocates the files of recordings: each gets a working directory of its own under
 * `<dataDir>/recordings/` and a row, persisted before anything is written into it, so that a
 * crash never leaves media that no row claims.
 */
export class RecordingFiles {
  constructor(
    private readonly store: RecordingStore,
    private readonly dataDir: string,
  ) {}

  /** The first file of a stream's recording in `format`. */
  async open(live: LiveStream, format: RecordingFormat, settings: FormatSettings): Promise<RecordingRecord> {
    const { id, dir } = this.allocate();
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

  /** The file after `previous` (a split), holding `firstPiece` when it already has media. */
  async next(previous: RecordingRecord, firstPiece?: Piece): Promise<RecordingRecord> {
    const { id, dir } = this.allocate();
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

  private allocate(): { id: string; dir: string } {
    const id = randomUUID();
    return { id, dir: path.join(this.dataDir, "recordings", id) };
  }
}
