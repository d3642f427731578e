import { infiniteQueryOptions } from "@tanstack/react-query";
import type { CallbackEventPage } from "@/lib/callbacks/types";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

/** New deliveries arrive while the inbox is open, so the first page polls. */
export const CALLBACKS_REFRESH_MS = 4000;

/** `filters` are the inbox's query parameters (empty values left out). */
export function callbackEventsQueryOptions(filters: Record<string, string>) {
  return infiniteQueryOptions({
    queryKey: queryKeys.callbackEvents(filters),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams(filters);
      if (pageParam !== null) params.set("beforeId", String(pageParam));
      return fetchJson<CallbackEventPage>(`/api/callback-events?${params.toString()}`);
    },
    initialPageParam: null as number | null,
    getNextPageParam: (lastPage) => lastPage.nextBeforeId,
    refetchInterval: CALLBACKS_REFRESH_MS,
    staleTime: 0,
  });
}
