import "server-only";
import type { CurrentApplication } from "@/lib/data/applications/current-application";
import { searchMedia, type MediaPage } from "@/lib/cloud/vod/search-media";
import { VOD_SEARCH_CAP, type RecordingSearch } from "@/lib/schemas/recording-search";
import { mergeByCreation } from "@/lib/recordings/merge-recordings";
import { cloudRecordingsQuery, legacyRecordingsQuery, pageWindow } from "@/lib/recordings/search-request";
import type { RecordingDto, RecordingPage } from "@/lib/recordings/types";

/** How many results one SearchMedia call of a room scan asks for (ten calls cover VOD's 5,000). */
const ROOM_SCAN_BATCH = 500;

const NO_RESULTS: MediaPage = { recordings: [], totalCount: 0 };

/**
 * Every legacy recording the search matches within VOD's first 5,000, read in batches, kept when
 * it came from the room: SearchMedia has no room filter for these (see legacyRecordingsQuery).
 */
async function scanForRoom(search: RecordingSearch, application: CurrentApplication, roomId: string) {
  const matches: RecordingDto[] = [];
  let totalCount = 0;
  for (let offset = 0; offset < VOD_SEARCH_CAP; offset += ROOM_SCAN_BATCH) {
    const batch = await searchMedia(legacyRecordingsQuery(search, application, { offset, limit: ROOM_SCAN_BATCH }));
    totalCount = batch.totalCount;
    matches.push(...batch.recordings.filter((recording) => recording.roomId === roomId));
    if (offset + ROOM_SCAN_BATCH >= Math.min(totalCount, VOD_SEARCH_CAP)) break;
  }
  return { recordings: matches, totalCount: matches.length, searchedCount: totalCount };
}

/**
 * One page of the library's search, with whether VOD's 5,000-result cap cut it short. Legacy
 * recordings and cloud recordings need a SearchMedia each (their app is named differently): both
 * are read up to the end of the page and merged in creation order, then the page is cut out.
 */
export async function searchRecordings(
  search: RecordingSearch,
  application: CurrentApplication,
): Promise<RecordingPage> {
  const { offset, limit } = pageWindow(search.page);
  const upToPage = { offset: 0, limit: Math.min(offset + limit, VOD_SEARCH_CAP) };
  const cloudQuery = cloudRecordingsQuery(search, application, upToPage);
  const [legacy, cloud] = await Promise.all([
    search.roomId
      ? scanForRoom(search, application, search.roomId)
      : searchMedia(legacyRecordingsQuery(search, application, upToPage)).then((found) => ({
          ...found,
          searchedCount: found.totalCount,
        })),
    cloudQuery ? searchMedia(cloudQuery) : Promise.resolve(NO_RESULTS),
  ]);
  const merged = mergeByCreation([legacy.recordings, cloud.recordings], search.sort);
  return {
    recordings: merged.slice(offset, offset + limit),
    totalCount: legacy.totalCount + cloud.totalCount,
    isCapped: legacy.searchedCount >= VOD_SEARCH_CAP || cloud.totalCount >= VOD_SEARCH_CAP,
  };
}
