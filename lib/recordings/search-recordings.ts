import "server-only";
import type { CurrentApplication } from "@/lib/applications/current-application";
import { cloudRead } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import { VOD_SEARCH_CAP, type RecordingSearch } from "@/lib/schemas/recording-search";
import type { SearchMediaRequest } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { mergeByCreation } from "./merge-recordings";
import { pageWindow, searchSubAppId, toCloudRecordingSearchRequest, toSearchMediaRequest } from "./search-request";
import { toRecording } from "./to-recording";
import type { RecordingDto, RecordingPage } from "./types";

/** How many results one SearchMedia call of a room scan asks for (ten calls cover VOD's 5,000). */
const ROOM_SCAN_BATCH = 500;

async function searchWith(
  request: SearchMediaRequest,
  subAppId: number | null,
): Promise<{ recordings: RecordingDto[]; totalCount: number }> {
  const response = await cloudRead(() => cloudClients().vod.SearchMedia(request));
  return {
    recordings: (response.MediaInfoSet ?? []).map((media) => toRecording(media, subAppId)),
    totalCount: response.TotalCount ?? 0,
  };
}

/**
 * Every legacy recording the search matches within VOD's first 5,000, read in batches, kept when
 * it came from the room: SearchMedia has no room filter for these (see toSearchMediaRequest).
 */
async function scanForRoom(search: RecordingSearch, application: CurrentApplication, roomId: string) {
  const subAppId = searchSubAppId(search, application);
  const matches: RecordingDto[] = [];
  let totalCount = 0;
  for (let offset = 0; offset < VOD_SEARCH_CAP; offset += ROOM_SCAN_BATCH) {
    const request = toSearchMediaRequest(search, application, { offset, limit: ROOM_SCAN_BATCH });
    const batch = await searchWith(request, subAppId);
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
  const subAppId = searchSubAppId(search, application);
  const { offset, limit } = pageWindow(search.page);
  const upToPage = { offset: 0, limit: Math.min(offset + limit, VOD_SEARCH_CAP) };
  const cloudRequest = toCloudRecordingSearchRequest(search, application, upToPage);
  const [legacy, cloud] = await Promise.all([
    search.roomId
      ? scanForRoom(search, application, search.roomId)
      : searchWith(toSearchMediaRequest(search, application, upToPage), subAppId).then((found) => ({
          ...found,
          searchedCount: found.totalCount,
        })),
    cloudRequest ? searchWith(cloudRequest, subAppId) : Promise.resolve({ recordings: [], totalCount: 0 }),
  ]);
  const merged = mergeByCreation([legacy.recordings, cloud.recordings], search.sort);
  return {
    recordings: merged.slice(offset, offset + limit),
    totalCount: legacy.totalCount + cloud.totalCount,
    isCapped: legacy.searchedCount >= VOD_SEARCH_CAP || cloud.totalCount >= VOD_SEARCH_CAP,
  };
}
