import "server-only";
import type {
  MediaInfo,
  SearchMediaRequest,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { cloudRead } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import type { ProducedFileEntry, RecordingTaskRow } from "@/lib/db/schema";
import { parseLegacyRecordingName } from "@/lib/recordings/file-names";

/** Files are named and registered a little before or after what the console saw of the start and stop. */
const SLACK_MS = 60_000;
const SEARCH_LIMIT = 50;

function toEntry(media: MediaInfo, subAppId: number | null): ProducedFileEntry {
  return {
    fileId: media.FileId ?? "",
    name: media.BasicInfo?.Name ?? "",
    type: media.BasicInfo?.Type ?? "",
    subAppId,
    durationSeconds: media.MetaData?.Duration ?? null,
  };
}

async function search(request: SearchMediaRequest): Promise<MediaInfo[]> {
  const response = await cloudRead(() => cloudClients().vod.SearchMedia(request));
  return response.MediaInfoSet ?? [];
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
    ...(row.vodSubAppId ? { SubAppId: row.vodSubAppId } : {}),
    NamePrefixes: [`${row.recordId}_`],
    CreateTime: { After: new Date(from).toISOString() },
    Filters: ["basicInfo", "metaData"],
    Sort: { Field: "CreateTime", Order: "Asc" },
    Limit: SEARCH_LIMIT,
  });
  return found
    .filter((media) => {
      const parsed = parseLegacyRecordingName(media.BasicInfo?.Name ?? "");
      if (!parsed || parsed.prefix !== row.recordId) return false;
      return parsed.start.getTime() >= from && parsed.start.getTime() <= to;
    })
    .map((media) => toEntry(media, row.vodSubAppId));
}

/**
 * A cloud-recording task's files: VOD keeps the task id of each (SourceInfo.TrtcRecordInfo), and
 * SearchMedia can narrow to the app's and room's cloud recordings, not to a task.
 */
async function taskFiles(row: RecordingTaskRow): Promise<ProducedFileEntry[]> {
  if (!row.taskId) return [];
  const found = await search({
    ...(row.vodSubAppId ? { SubAppId: row.vodSubAppId } : {}),
    SourceTypes: ["TrtcRecord"],
    TrtcSdkAppIds: [row.sdkAppId],
    TrtcRoomIds: [row.roomId],
    ...(row.recordId ? { NamePrefixes: [`${row.recordId}__UserDefine_u_`] } : {}),
    CreateTime: { After: new Date(window(row).from).toISOString() },
    Filters: ["basicInfo", "metaData"],
    Sort: { Field: "CreateTime", Order: "Asc" },
    Limit: SEARCH_LIMIT,
  });
  return found
    .filter((media) => media.BasicInfo?.SourceInfo?.TrtcRecordInfo?.TaskId === row.taskId)
    .map((media) => toEntry(media, row.vodSubAppId));
}

/** The files a console recording produced so far, found in VOD. */
export async function findProducedFiles(row: RecordingTaskRow): Promise<ProducedFileEntry[]> {
  return row.kind === "mcu_mix" ? mixFiles(row) : taskFiles(row);
}
