import { queryOptions } from "@tanstack/react-query";
import type { RoomsReading } from "@/lib/rooms/types";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

/** Rooms change while the page is open (people join and leave), so the list polls. */
export const ROOMS_REFRESH_MS = 3000;

export function roomsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.rooms(),
    queryFn: () => fetchJson<RoomsReading>("/api/rooms"),
    refetchInterval: ROOMS_REFRESH_MS,
    staleTime: 0,
  });
}
