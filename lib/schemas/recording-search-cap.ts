import { msg } from "@/lib/i18n/message";

/** VOD answers at most 5,000 results for a search (Offset + Limit ≤ 5000). */
export const VOD_SEARCH_CAP = 5000;
export const RECORDINGS_PAGE_SIZE = 20;

/** What the library says when a search reached VOD's cap (a `msg` string); null when it did not. */
export function searchCapNotice(page: { isCapped: boolean; capNotice?: string }): string | null {
  if (page.isCapped && page.capNotice) return page.capNotice;
  return page.isCapped ? msg("recordings.errors.searchCap", { cap: VOD_SEARCH_CAP }) : null;
}
