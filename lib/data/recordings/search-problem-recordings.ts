import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { CurrentApplication } from "@/lib/data/applications/current-application";
import { cloudClients, type VodClient } from "@/lib/cloud/clients";
import { describeManyMediaInfos } from "@/lib/cloud/vod/describe-media-infos";
import type { Db } from "@/lib/db/open-database";
import { msg } from "@/lib/i18n/message";
import { recordingFiles } from "@/lib/db/schema";
import type { RecordingSearch } from "@/lib/schemas/recording-search";
import { mergeByCreation } from "@/lib/recordings/merge-recordings";
import { pageWindow, searchSubAppId, vodMediaTypeOf } from "@/lib/recordings/search-request";
import type { RecordingDto, RecordingPage } from "@/lib/recordings/types";

/**
 * How many of the newest (or oldest) files with problems one search looks at. VOD has no filter
 * for what the console found, so each candidate is read back with DescribeMediaInfos (20 a
 * call): 200 is ten calls per search, polled every few seconds by an open library.
 */
export const PROBLEM_CANDIDATES = 200;

/**
 * Which candidates are the newest: VOD's CreateTime where reconciliation filled it, else the
 * span's start, else the discovery. The page itself is in VOD's CreateTime order.
 */
const knownAt = sql`coalesce(${recordingFiles.vodCreatedAt}, ${recordingFiles.startedAt}, ${recordingFiles.discoveredAt})`;

function candidateFilters(search: RecordingSearch, sdkAppId: number): SQL[] {
  return [
    eq(recordingFiles.sdkAppId, sdkAppId),
    eq(recordingFiles.checkStatus, "done"),
    sql`jsonb_array_length(coalesce(${recordingFiles.problems}, '[]'::jsonb)) > 0`,
    ...(search.streamId ? [eq(recordingFiles.streamId, search.streamId)] : []),
  ];
}

/**
 * The fields the library searches by VOD's values, applied to each candidate as VOD describes it:
 * its name, format, creation time, and room (a CSS callback names no room; the file's name does).
 */
function matchesVodFields(recording: RecordingDto, search: RecordingSearch): boolean {
  const createdAt = Date.parse(recording.createdAt);
  if (search.prefix && !recording.name.startsWith(search.prefix)) return false;
  if (search.text && !recording.name.includes(search.text)) return false;
  if (search.format && recording.type !== vodMediaTypeOf(search.format)) return false;
  if (search.roomId && recording.roomId !== search.roomId) return false;
  if (search.from && createdAt < search.from.getTime()) return false;
  if (search.to && createdAt >= search.to.getTime()) return false;
  return true;
}

/**
 * The library's "has problems" search: the files whose quality check found a problem, read from
 * the console's own checks and then from VOD (a file VOD no longer has drops out), the other
 * search fields applied on top. `isCapped` with its own notice when there were more candidates.
 */
export async function searchProblemRecordings(
  db: Db,
  search: RecordingSearch,
  application: Pick<CurrentApplication, "sdkAppId" | "streamPath" | "defaultVodSubAppId">,
  vod: VodClient = cloudClients().vod,
): Promise<RecordingPage> {
  const order =
    search.sort === "oldest"
      ? [asc(knownAt), asc(recordingFiles.fileId)]
      : [desc(knownAt), desc(recordingFiles.fileId)];
  const candidates = await db
    .select({ fileId: recordingFiles.fileId })
    .from(recordingFiles)
    .where(and(...candidateFilters(search, application.sdkAppId)))
    .orderBy(...order)
    .limit(PROBLEM_CANDIDATES + 1);
  const isCapped = candidates.length > PROBLEM_CANDIDATES;
  const fileIds = candidates.slice(0, PROBLEM_CANDIDATES).map((row) => row.fileId);
  const found = await describeManyMediaInfos(fileIds, searchSubAppId(search, application), vod);
  const matches = mergeByCreation([found.filter((recording) => matchesVodFields(recording, search))], search.sort);
  const { offset, limit } = pageWindow(search.page);
  return {
    recordings: matches.slice(offset, offset + limit),
    totalCount: matches.length,
    isCapped,
    ...(isCapped
      ? {
          capNotice: msg("recordings.errors.problemCap", { sort: search.sort, count: PROBLEM_CANDIDATES }),
        }
      : {}),
  };
}
