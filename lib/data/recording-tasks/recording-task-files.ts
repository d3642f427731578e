import "server-only";
import { searchMedia, type MediaQuery } from "@/lib/cloud/vod/search-media";
import type { ProducedFileEntry, RecordingTaskRow } from "@/lib/db/schema";
import { parseLegacyRecordingName } from "@/lib/recordings/file-names";
import type { RecordingDto } from "@/lib/recordings/types";

/** Files are named and registered a little before or after what the console saw of the start and stop. */
const SLACK_MS = 60_000;
const SEARCH_LIMIT = 50;

function toEntry(recording: RecordingDto, subAppId: number | null): ProducedFileEntry {
  return {
    fileId: recording.fileId,
    name: recording.name,
    type: recording.type,
    subAppId,
    durationSeconds: recording.durationSeconds,
  };
}

async function search(query: MediaQuery): Promise<RecordingDto[]> {
  return (await searchMedia(query)).recordings;
}

const window = (row: RecordingTaskRow) => ({
  from: row.startedAt.getTime() - SLACK_MS,
  to: (row.endedAt ?? new Date()).getTime() + SLACK_MS,
});

/**
 * An MCU mix's files: named `RecordId_<start>_<end>` (reference §5.1), so a prefix search finds
 * them; the name's own times tell this mix's files from an earlier mix's with the same RecordId.
 */
async function mixFiles(row: RecordingTaskRow): Promise<ProducedFileEntry[]> {
  if (!row.recordId) return [];
  const { from, to } = window(row);
  const found = await search({
    subAppId: row.vodSubAppId,
    namePrefixes: [`${row.recordId}_`],
    createdAfter: new Date(from).toISOString(),
    order: "oldest",
    limit: SEARCH_LIMIT,
  });
  return found
    .filter((recording) => {
      const parsed = parseLegacyRecordingName(recording.name);
      if (!parsed || parsed.prefix !== row.recordId) return false;
      return parsed.start.getTime() >= from && parsed.start.getTime() <= to;
    })
    .map((recording) => toEntry(recording, row.vodSubAppId));
}

/**
 * A cloud-recording task's files: VOD keeps the task id of each (SourceInfo.TrtcRecordInfo), and
 * SearchMedia can narrow to the app's and room's cloud recordings, not to a task.
 */
async function taskFiles(row: RecordingTaskRow): Promise<ProducedFileEntry[]> {
  if (!row.taskId) return [];
  const found = await search({
    subAppId: row.vodSubAppId,
    sourceTypes: ["TrtcRecord"],
    trtcSdkAppIds: [row.sdkAppId],
    trtcRoomIds: [row.roomId],
    ...(row.recordId ? { namePrefixes: [`${row.recordId}__UserDefine_u_`] } : {}),
    createdAfter: new Date(window(row).from).toISOString(),
    order: "oldest",
    limit: SEARCH_LIMIT,
  });
  return found
    .filter((recording) => recording.source.trtcRecord?.taskId === row.taskId)
    .map((recording) => toEntry(recording, row.vodSubAppId));
}

/** The files a console recording produced so far, found in VOD. */
export async function findProducedFiles(row: RecordingTaskRow): Promise<ProducedFileEntry[]> {
  return row.kind === "mcu_mix" ? mixFiles(row) : taskFiles(row);
}
