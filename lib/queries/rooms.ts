import { queryOptions } from "@tanstack/react-query";
import type { RoomsReading } from "@/lib/rooms/types";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

/**
 * Rooms change while the page is open (people join, leave, start and stop publishing). The list
 * polls the console's own API, which reads the rooms folded from TRTC's events: a second keeps the
 * page within about a second of an event and costs no call to Tencent.
 */
export const ROOMS_REFRESH_MS = 1000;

export function roomsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.rooms(),
    queryFn: () => fetchJson<RoomsReading>("/api/rooms"),
    refetchInterval: ROOMS_REFRESH_MS,
    staleTime: 0,
  });
}
