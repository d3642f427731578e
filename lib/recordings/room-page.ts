import { RECORDINGS_PAGE_SIZE, VOD_SEARCH_CAP } from "@/lib/schemas/recording-search";
import type { RecordingDto, RecordingPage } from "./types";

/** How many results one SearchMedia call of a room scan asks for (ten calls cover VOD's 5,000). */
export const ROOM_SCAN_BATCH = 500;

/**
 * A library page out of a room scan's matches. The count is of the matches; the cap applies to
 * what VOD let the scan see (`searchedCount` is SearchMedia's TotalCount, itself capped at 5,000).
 */
export function roomPage(matches: RecordingDto[], searchedCount: number, page: number): RecordingPage {
  const start = (page - 1) * RECORDINGS_PAGE_SIZE;
  return {
    recordings: matches.slice(start, start + RECORDINGS_PAGE_SIZE),
    totalCount: matches.length,
    isCapped: searchedCount >= VOD_SEARCH_CAP,
  };
}
