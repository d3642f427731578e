import type { RecordingRecord } from "./recording-store";
import type { LeftoverFile } from "./settle-leftovers";

/** Which recordings a restart continues rather than finishes, and how long they wait for that. */
export interface LeftoverResume {
  /** True for a file whose stream is expected back: a resumed cloud-recording task's, or a resumed mix's. */
  awaitsReturn(record: RecordingRecord): boolean;
  /** How long such a file waits, paused, for its stream before it is finished anyway. */
  windowMs: number;
}

/** A stream whose recording continues after the restart: its recording key and one file per format. */
export interface ParkedStream {
  /** `<source id>|<stream key>`, as the recorder keys its recordings (RecordingRecord.streamKey). */
  key: string;
  records: RecordingRecord[];
}

/** The file of a chain that was being written last: the highest index, and of equal ones the latest begun. */
const isLater = (candidate: RecordingRecord, than: RecordingRecord) =>
  candidate.fileIndex !== than.fileIndex ? candidate.fileIndex > than.fileIndex : candidate.startMs > than.startMs;

/**
 * Splits settled leftovers into streams that continue and files to finish now. Of a continuing
 * stream only the file each format was writing continues; the files it had already cut (a split
 * before the crash, segments cut after the last one claimed) are done and finished now.
 */
export function partitionLeftovers(
  files: readonly LeftoverFile[],
  awaitsReturn: (record: RecordingRecord) => boolean,
): { parked: ParkedStream[]; finished: LeftoverFile[] } {
  const latest = new Map<string, RecordingRecord>();
  for (const { record } of files) {
    if (!awaitsReturn(record)) continue;
    const chain = `${record.streamKey}\n${record.format}`;
    const current = latest.get(chain);
    if (!current || isLater(record, current)) latest.set(chain, record);
  }
  const continuing = new Set([...latest.values()].map((record) => record.id));
  const byKey = new Map<string, RecordingRecord[]>();
  for (const record of latest.values()) byKey.set(record.streamKey, [...(byKey.get(record.streamKey) ?? []), record]);
  return {
    parked: [...byKey].map(([key, records]) => ({ key, records })),
    finished: files.filter((file) => !continuing.has(file.record.id)),
  };
}
