import { msg } from "@/lib/i18n/message";
import type { ProducedFileEntry, RecordingTaskRow, recordingTasks } from "@/lib/db/schema";
import { leaveReasonOf, TASK_EVENT_TYPES, type TaskEvent } from "@/lib/data/recording-tasks/recording-task-event-parse";

export type TaskRowChanges = Partial<typeof recordingTasks.$inferInsert>;

// Catalog messages (`msg`): the row keeps them, the page shows them in the viewer's language.
const START_FAILED = msg("recordingTasks.problems.startFailed");
const UPLOAD_ABNORMAL = msg("recordingTasks.problems.uploadAbnormal");

/** "Stopped by …." as a catalog message: by whom, or by the console when nobody is known. */
export const stoppedBy = (email: string | null) =>
  msg("recordingTasks.end.stoppedBy", { who: email ?? msg("recordingTasks.end.theConsole") });

const latest = (events: readonly TaskEvent[], eventType: number) =>
  events.filter((event) => event.eventType === eventType).sort((a, b) => b.atMs - a.atMs)[0];

const isOk = (event: TaskEvent) => (event.status ?? 0) === 0;

/** The files 311 reported uploaded, as the task list keeps them (VOD's search may later say more). */
export function eventFilesOf(events: readonly TaskEvent[], subAppId: number | null): ProducedFileEntry[] {
  const files = new Map<string, ProducedFileEntry>();
  for (const event of events) {
    if (event.eventType !== TASK_EVENT_TYPES.vodCommit || !event.file || !isOk(event)) continue;
    const { fileId, cacheFile, durationSeconds } = event.file;
    const extension = cacheFile?.match(/\.([A-Za-z0-9]{2,5})$/)?.[1]?.toLowerCase() ?? null;
    files.set(fileId, {
      fileId,
      // VOD names a cloud recording's media after its file, without the extension (reference §5.2).
      name: cacheFile ? cacheFile.replace(/\.[A-Za-z0-9]{2,5}$/, "") : fileId,
      type: extension ?? "",
      subAppId,
      durationSeconds,
    });
  }
  return [...files.values()];
}

/** `primary`'s files, then those of `extra` it does not list (same FileId: `primary` knows better). */
export function mergeFiles(
  primary: readonly ProducedFileEntry[],
  extra: readonly ProducedFileEntry[],
): ProducedFileEntry[] {
  const known = new Set(primary.map((file) => file.fileId));
  return [...primary, ...extra.filter((file) => !known.has(file.fileId))];
}

function endChanges(row: RecordingTaskRow, stop: TaskEvent): TaskRowChanges {
  // A stop the console asked for ends with LeaveCode 0: say who stopped it rather than "normally".
  const isConsoleStop = row.stopRequestedAt !== null && (stop.leaveCode ?? 0) === 0;
  return {
    status: "ended",
    endedAt: row.endedAt ?? new Date(stop.atMs),
    endReason: isConsoleStop ? stoppedBy(row.stoppedByEmail) : leaveReasonOf(stop.leaveCode ?? 0),
  };
}

function statusChanges(row: RecordingTaskRow, events: readonly TaskEvent[]): TaskRowChanges {
  // A start the cloud refused never ran: nothing it says later changes that.
  if (row.status === "failed") return {};
  const stop = latest(events, TASK_EVENT_TYPES.recorderStop);
  if (stop) return endChanges(row, stop);
  const start = latest(events, TASK_EVENT_TYPES.recorderStart);
  if (start && !isOk(start))
    return {
      status: "failed",
      endedAt: row.endedAt ?? new Date(start.atMs),
      lastError: START_FAILED,
      lastErrorAt: new Date(start.atMs),
    };
  if (start && row.status === "starting") return { status: "recording" };
  return {};
}

function problemOf(events: readonly TaskEvent[]): { message: string; atMs: number } | null {
  const failedUpload = events.find((event) => event.eventType === TASK_EVENT_TYPES.vodCommit && !isOk(event));
  if (failedUpload) {
    const message = msg("recordingTasks.problems.uploadFailed", {
      hasError: failedUpload.errorMessage ? "yes" : "no",
      error: failedUpload.errorMessage ?? "",
    });
    return { message, atMs: failedUpload.atMs };
  }
  const stop = latest(events, TASK_EVENT_TYPES.vodStop);
  return stop && !isOk(stop) ? { message: UPLOAD_ABNORMAL, atMs: stop.atMs } : null;
}

/**
 * What a task's cloud-recording events say of its row, applied however often they are read and
 * in whatever order they arrived (each event carries its own time): 301 started or failed, 302
 * ended with the LeaveCode's reason, 311 files, 311/312 upload problems. 303 and 306 change
 * nothing here: the page lists them. Only what differs from the row is returned.
 */
export function taskChangesFromEvents(row: RecordingTaskRow, events: readonly TaskEvent[]): TaskRowChanges {
  if (events.length === 0) return {};
  const changes: TaskRowChanges = { ...statusChanges(row, events) };
  const problem = changes.lastError ? null : problemOf(events);
  if (problem) Object.assign(changes, { lastError: problem.message, lastErrorAt: new Date(problem.atMs) });
  if (changes.lastError !== undefined && changes.lastError === row.lastError) {
    delete changes.lastError;
    delete changes.lastErrorAt;
  }
  const files = mergeFiles(row.files, eventFilesOf(events, row.vodSubAppId));
  if (files.length !== row.files.length) changes.files = files;
  for (const key of ["status", "endReason"] as const) if (changes[key] === row[key]) delete changes[key];
  if (changes.endedAt && row.endedAt && changes.endedAt.getTime() === row.endedAt.getTime()) delete changes.endedAt;
  return changes;
}
