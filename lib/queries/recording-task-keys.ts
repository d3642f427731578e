import { queryKeys } from "./keys";

/**
 * Keys of the room page and the task list. The room's key sits under `queryKeys.rooms()`, so
 * whatever invalidates the rooms (adding or removing a participant) refreshes the room page too.
 */
export const recordingTaskKeys = {
  room: (roomId: string) => [...queryKeys.rooms(), roomId] as const,
  all: () => ["recording-tasks"] as const,
  list: (roomId: string | null) => ["recording-tasks", roomId ?? "all"] as const,
};
