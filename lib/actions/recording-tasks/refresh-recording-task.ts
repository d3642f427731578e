import "server-only";
import { msg } from "@/lib/i18n/message";
import { eq } from "drizzle-orm";
import { CloudError } from "@/lib/cloud/errors";
import { describeCloudRecording } from "@/lib/cloud/trtc/describe-cloud-recording";
import type { Db } from "@/lib/db/open-database";
import { recordingTasks, type RecordingTaskRow } from "@/lib/db/schema";
import {
  mergeFiles,
  eventFilesOf,
  stoppedBy,
  taskChangesFromEvents,
  type TaskRowChanges,
} from "@/lib/data/recording-tasks/recording-task-event-changes";
import type { TaskEvent } from "@/lib/data/recording-tasks/recording-task-event-parse";
import { findProducedFiles } from "@/lib/data/recording-tasks/recording-task-files";
import { isReconcileDue } from "@/lib/data/recording-tasks/recording-task-reconcile";
import { hasRoomEmptiedSince } from "@/lib/data/rooms/rooms";
import { forwardStatus, isActive } from "@/lib/recording-tasks/status";

/** After this long past the end, VOD holds every file a recording made: the search stops. */
const FILES_SETTLE_MS = 5 * 60_000;
/** A start the console never heard back from (the process died mid-call). */
const LOST_START_MS = 2 * 60_000;
/** When this process last asked DescribeCloudRecording about a row (no call per poll per viewer). */
const lastDescribedAt = new Map<string, number>();

const isRunning = (row: RecordingTaskRow) => isActive(row.status);

/**
 * TRTC ends an MCU mix when its room empties (reference §2.1); there is no call to ask, so the
 * room state folded from TRTC's room events says. Without those events the mix shows as running
 * until it is stopped (which then finds it ended).
 */
async function mixChanges(db: Db, row: RecordingTaskRow): Promise<TaskRowChanges> {
  if (row.status !== "recording") return {};
  if (!(await hasRoomEmptiedSince(db, row.sdkAppId, row.roomId, row.startedAt.getTime()))) return {};
  return {
    status: "ended",
    endedAt: new Date(),
    endReason: msg("recordingTasks.end.roomEmptied", { roomId: row.roomId }),
  };
}

const DESCRIBED_STATUS = { Idle: "starting", InProgress: "recording", Exited: "stopping" } as const;

function endedWithoutEvent(row: RecordingTaskRow): TaskRowChanges {
  return {
    status: "ended",
    endedAt: new Date(),
    endReason: row.stopRequestedAt ? stoppedBy(row.stoppedByEmail) : msg("recordingTasks.end.byItself"),
  };
}

/**
 * Reconciles an active task with DescribeCloudRecording, which answers only while the task lives:
 * once it fails with "no such task" (or fails at all after a stop), the task has ended. The
 * described status only moves a task forward, never back past what its events said.
 */
async function describedChanges(row: RecordingTaskRow, taskId: string): Promise<TaskRowChanges> {
  lastDescribedAt.set(row.id, Date.now());
  try {
    const described = await describeCloudRecording({ sdkAppId: row.sdkAppId, taskId });
    const seen = described.status ? DESCRIBED_STATUS[described.status] : row.status;
    const forward = forwardStatus(row.status, seen);
    const status = row.stopRequestedAt && forward !== "stopping" ? "stopping" : forward;
    return {
      ...(status === row.status ? {} : { status }),
      ...(described.rawStatus === row.cloudStatus ? {} : { cloudStatus: described.rawStatus }),
    };
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    if (error.code === "CLOUD_NOT_FOUND" || row.stopRequestedAt) return endedWithoutEvent(row);
    return {
      lastError: msg("recordingTasks.problems.statusUnreadable", { error: error.message }),
      lastErrorAt: new Date(),
    };
  }
}

/** A task's status: from its events first, then, while it runs, from TRTC when a reconciliation is due. */
async function taskChanges(row: RecordingTaskRow, events: readonly TaskEvent[]): Promise<TaskRowChanges> {
  if (!row.taskId) {
    const isLost = Date.now() - row.startedAt.getTime() > LOST_START_MS;
    return isLost
      ? {
          status: "failed",
          endedAt: new Date(),
          lastError: msg("recordingTasks.problems.neverHeard"),
          lastErrorAt: new Date(),
        }
      : {};
  }
  const fromEvents = taskChangesFromEvents(row, events);
  const afterEvents = { ...row, ...fromEvents };
  const isDue = isReconcileDue(afterEvents, events.length, lastDescribedAt.get(row.id) ?? null, Date.now());
  if (!isRunning(afterEvents) || !isDue) {
    if (!isRunning(afterEvents)) lastDescribedAt.delete(row.id);
    return fromEvents;
  }
  return { ...fromEvents, ...(await describedChanges(afterEvents, row.taskId)) };
}

async function filesChanges(row: RecordingTaskRow, events: readonly TaskEvent[]): Promise<TaskRowChanges> {
  if (row.filesSettledAt || row.status === "failed" || row.status === "starting") return {};
  try {
    // VOD's search knows a file's name and length best; 311 tells of files it does not list yet.
    const files = mergeFiles(await findProducedFiles(row), eventFilesOf(events, row.vodSubAppId));
    const isSettled = row.endedAt !== null && Date.now() - row.endedAt.getTime() > FILES_SETTLE_MS;
    const hasChanged = JSON.stringify(files) !== JSON.stringify(row.files);
    return { ...(hasChanged ? { files } : {}), ...(isSettled ? { filesSettledAt: new Date() } : {}) };
  } catch (error) {
    // The list must still show; the files are looked for again on the next read.
    if (error instanceof CloudError) {
      console.warn(`[recording-tasks] files of ${row.id} not searched: ${error.cloudCode ?? error.code}`);
      return {};
    }
    throw error;
  }
}

/**
 * Brings a row up to date: a cloud-recording task from its TRTC events (`events`, the verified
 * 301–312 of its TaskId) and, to reconcile, DescribeCloudRecording; a mix from its room's state;
 * then the files it made so far. Reads write here because a task's events may have come before
 * its TaskId was stored, and only reads see a mix's room empty.
 */
export async function refreshRecordingTask(
  db: Db,
  row: RecordingTaskRow,
  events: readonly TaskEvent[] = [],
): Promise<RecordingTaskRow> {
  const status =
    row.kind === "mcu_mix"
      ? isRunning(row)
        ? await mixChanges(db, row)
        : {}
      : isRunning(row) || events.length > 0
        ? await taskChanges(row, events)
        : {};
  const afterStatus = { ...row, ...status };
  const files = await filesChanges(afterStatus, events);
  const changes = { ...status, ...files };
  if (Object.keys(changes).length === 0) return row;
  const [updated] = await db
    .update(recordingTasks)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(recordingTasks.id, row.id))
    .returning();
  return updated ?? afterStatus;
}
