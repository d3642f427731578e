import type { UsageRange } from "@/lib/schemas/usage-range";

/** Every TanStack Query key in one place, so invalidations and prefetches cannot drift apart. */
export const queryKeys = {
  rooms: () => ["rooms"] as const,
  /** Under `rooms()`, so whatever invalidates the rooms (adding or removing a participant) refreshes the room page too. */
  room: (roomId: string) => ["rooms", roomId] as const,
  /** Every recordings search, whatever its query: what a deletion invalidates. */
  allRecordings: () => ["recordings"] as const,
  recordings: (query: string) => ["recordings", query] as const,
  callbackEvents: (filters: Record<string, string>) => ["callback-events", filters] as const,
  recordingTasks: {
    all: () => ["recording-tasks"] as const,
    list: (roomId: string | null) => ["recording-tasks", roomId ?? "all"] as const,
  },
  costs: {
    all: () => ["costs"] as const,
    usage: (range: UsageRange) => ["costs", "usage", range.from, range.to] as const,
    prices: () => ["costs", "prices"] as const,
  },
};
