import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { LibraryPage } from "@/lib/recordings/types";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

/** Recordings finish while the library is open; polling shows them without a reload. */
export const RECORDINGS_REFRESH_MS = 5000;

/** `query` is the page's URL query string: the search lives in the URL. */
export function recordingsQueryOptions(query: string) {
  return queryOptions({
    queryKey: queryKeys.recordings(query),
    queryFn: () => fetchJson<LibraryPage>(`/api/recordings?${query}`),
    refetchInterval: RECORDINGS_REFRESH_MS,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
