import { queryOptions } from "@tanstack/react-query";
import type { RoomReading } from "@/lib/rooms/types";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { ROOMS_REFRESH_MS } from "./rooms";

/** One room and its users, from TRTC's events; polled every second, since users join, leave and publish while the page is open. */
export function roomQueryOptions(roomId: string) {
  return queryOptions({
    queryKey: queryKeys.room(roomId),
    queryFn: () => fetchJson<RoomReading>(`/api/rooms/${encodeURIComponent(roomId)}`),
    refetchInterval: ROOMS_REFRESH_MS,
    staleTime: 0,
  });
}
