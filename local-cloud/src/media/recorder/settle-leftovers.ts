import { stat } from "node:fs/promises";
import { pieceFile } from "./finalize-recording";
import type { Piece, RecordingRecord } from "./recording-store";
import { readSegmentList, segmentFile, segmentsOnDisk, wallClockOf, type ListedSegment } from "./segmented-run";

export interface LeftoverFile {
  record: RecordingRecord;
  /** The stream's recording was cut into several files. */
  isSplit: boolean;
}

export interface SettleDependencies {
  /** Inserts the recording of the file after `previous`, holding `piece`. */
  openNextFile(previous: RecordingRecord, piece: Piece): Promise<RecordingRecord>;
  savePieces(record: RecordingRecord): Promise<void>;
}

/** When a file was last written, in whole ms (not before `notBefore`; `notBefore` when it does not exist). */
export async function lastWriteOf(file: string, notBefore: number): Promise<number> {
  try {
    // mtimeMs has a fraction; piece times are whole ms everywhere else (the usage ledger stores them as bigint).
    return Math.max(Math.floor((await stat(file)).mtimeMs), notBefore);
  } catch {
    return notBefore;
  }
}

/**
 * Completes what a crash (or a stop) left of open recordings, before they are finalized: a piece
 * still being written ends where its run's segment list says (or at its file's last write, when the
 * run was killed before listing it), and segments that a run cut after the last one a recording had
 * claimed become files of their own. The times are persisted, so that finalizing again after another
 * crash names the files, and hands VOD the paths, that it did the first time.
 */
export async function settleLeftovers(
  leftovers: readonly RecordingRecord[],
  dependencies: SettleDependencies,
): Promise<LeftoverFile[]> {
  // The segments of a run are claimed in order: only its latest claimant has unclaimed ones after it.
  const latestClaim = new Map<string, number>();
  for (const piece of leftovers.flatMap((record) => record.pieces)) {
    if (piece.segment)
      latestClaim.set(piece.segment.dir, Math.max(latestClaim.get(piece.segment.dir) ?? -1, piece.segment.index));
  }
  const files: LeftoverFile[] = [];
  for (const record of leftovers) {
    const following: LeftoverFile[] = [];
    for (const piece of record.pieces) {
      if (piece.endMs !== null) continue;
      const segment = piece.segment;
      if (!segment) {
        piece.endMs = await lastWriteOf(pieceFile(record, piece), piece.startMs);
        continue;
      }
      const listed = await readSegmentList(segment.dir);
      const endOf = async (index: number, startMs: number) => {
        const entry = listed.find((listedSegment: ListedSegment) => listedSegment.index === index);
        if (entry) return wallClockOf(segment, entry.endSeconds);
        return lastWriteOf(segmentFile(segment.dir, record.format, index), startMs);
      };
      piece.endMs = await endOf(segment.index, piece.startMs);
      if (latestClaim.get(segment.dir) !== segment.index) continue;
      const unclaimed = (await segmentsOnDisk(segment.dir)).filter((index) => index > segment.index);
      segment.isLast = unclaimed.length === 0;
      let previous = record;
      let startMs = piece.endMs;
      for (const [position, index] of unclaimed.entries()) {
        const next: Piece = {
          run: 1,
          startMs,
          endMs: await endOf(index, startMs),
          segment: { dir: segment.dir, index, anchorMs: segment.anchorMs, isLast: position === unclaimed.length - 1 },
        };
        previous = await dependencies.openNextFile(previous, next);
        following.push({ record: previous, isSplit: true });
        startMs = next.endMs ?? startMs;
      }
    }
    await dependencies.savePieces(record);
    files.push({ record, isSplit: record.fileIndex > 1 || following.length > 0 }, ...following);
  }
  return files;
}
