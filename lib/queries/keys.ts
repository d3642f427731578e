/** Every TanStack Query key in one place, so invalidations and prefetches cannot drift apart. */
export const queryKeys = {
  rooms: () => ["rooms"] as const,
  recordings: (query: string) => ["recordings", query] as const,
  callbackEvents: (filters: Record<string, string>) => ["callback-events", filters] as const,
};
