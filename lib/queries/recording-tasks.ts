import { queryOptions } from "@tanstack/react-query";
import type { RecordingTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import { isTransitional } from "@/lib/recording-tasks/status";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

/** While a recording is starting or stopping its status changes within seconds: poll fast. */
export const TRANSITIONAL_REFRESH_MS = 2000;
/**
 * Otherwise more slowly: a running mix ends when its room empties and a task when it idles, with
 * nothing to tell the page but the cloud, and files appear in VOD after a stop.
 */
export const RECORDINGS_LIST_REFRESH_MS = 5000;

/** The console's recordings, of one room (`roomId`) or all; must match the pages' server prefetch key. */
export function recordingTasksQueryOptions(roomId: string | null) {
  return queryOptions({
    queryKey: queryKeys.recordingTasks.list(roomId),
    queryFn: () =>
      fetchJson<{ recordings: RecordingTaskDto[] }>(
        roomId === null ? "/api/recording-tasks" : `/api/recording-tasks?roomId=${encodeURIComponent(roomId)}`,
      ).then((body) => body.recordings),
    refetchInterval: (query) =>
      query.state.data?.some((recording) => isTransitional(recording.status))
        ? TRANSITIONAL_REFRESH_MS
        : RECORDINGS_LIST_REFRESH_MS,
    staleTime: 0,
  });
}
