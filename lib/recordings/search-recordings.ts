import "server-only";
import type { CurrentApplication } from "@/lib/applications/current-application";
import { cloudRead } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import { VOD_SEARCH_CAP, type RecordingSearch } from "@/lib/schemas/recording-search";
import { ROOM_SCAN_BATCH, roomPage } from "./room-page";
import { searchSubAppId, toSearchMediaRequest, type SearchWindow } from "./search-request";
import { toRecording } from "./to-recording";
import type { RecordingDto, RecordingPage } from "./types";

async function searchWindow(
  search: RecordingSearch,
  application: CurrentApplication,
  window?: SearchWindow,
): Promise<{ recordings: RecordingDto[]; totalCount: number }> {
  const request = toSearchMediaRequest(search, application, window);
  const response = await cloudRead(() => cloudClients().vod.SearchMedia(request));
  return {
    recordings: (response.MediaInfoSet ?? []).map((media) => toRecording(media, searchSubAppId(search, application))),
    totalCount: response.TotalCount ?? 0,
  };
}

/**
 * Every recording the search matches within VOD's first 5,000, read in batches, kept when it
 * came from the room. Only room searches need this (see toSearchMediaRequest).
 */
async function scanForRoom(search: RecordingSearch, application: CurrentApplication, roomId: string) {
  const matches: RecordingDto[] = [];
  let totalCount = 0;
  for (let offset = 0; offset < VOD_SEARCH_CAP; offset += ROOM_SCAN_BATCH) {
    const batch = await searchWindow(search, application, { offset, limit: ROOM_SCAN_BATCH });
    totalCount = batch.totalCount;
    matches.push(...batch.recordings.filter((recording) => recording.roomId === roomId));
    if (offset + ROOM_SCAN_BATCH >= Math.min(totalCount, VOD_SEARCH_CAP)) break;
  }
  return roomPage(matches, totalCount, search.page);
}

/** One page of the library's search, with whether VOD's 5,000-result cap cut it short. */
export async function searchRecordings(
  search: RecordingSearch,
  application: CurrentApplication,
): Promise<RecordingPage> {
  if (search.roomId) return scanForRoom(search, application, search.roomId);
  const { recordings, totalCount } = await searchWindow(search, application);
  return { recordings, totalCount, isCapped: totalCount >= VOD_SEARCH_CAP };
}
