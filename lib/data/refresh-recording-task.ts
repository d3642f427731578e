import "server-only";
import { eq } from "drizzle-orm";
import { CloudError } from "@/lib/cloud/errors";
import { describeCloudRecording } from "@/lib/cloud/trtc/describe-cloud-recording";
import type { Db } from "@/lib/db/open-database";
import { recordingTasks, type RecordingTaskRow } from "@/lib/db/schema";
import { findProducedFiles } from "./recording-task-files";
import { isRoomLive } from "./rooms";
import { taskCallbackFacts } from "./task-callbacks";

type Changes = Partial<typeof recordingTasks.$inferInsert>;

/** After this long past the end, VOD holds every file a recording made: the search stops. */
const FILES_SETTLE_MS = 5 * 60_000;
/** A start the console never heard back from (the process died mid-call). */
const LOST_START_MS = 2 * 60_000;

const isActive = (row: RecordingTaskRow) =>
  row.status === "starting" || row.status === "recording" || row.status === "stopping";

/** TRTC ends an MCU mix when its room empties (reference §2.1); there is no call to ask, so the room is checked. */
async function mixChanges(row: RecordingTaskRow): Promise<Changes> {
  if (row.status !== "recording" || (await isRoomLiveIfKnown(row.sdkAppId, row.roomId))) return {};
  return { status: "ended", endedAt: new Date(), endReason: `Everyone left room ${row.roomId}, which ends its mix.` };
}

/**
 * Without a package for the room queries the console cannot tell: the mix shows as running until
 * it is stopped (which then finds it ended) — a list that shows a recording never fails for it.
 */
async function isRoomLiveIfKnown(sdkAppId: number, roomId: string): Promise<boolean> {
  try {
    return await isRoomLive(sdkAppId, roomId);
  } catch (error) {
    if (error instanceof CloudError && error.code === "CLOUD_MONITORING_PACKAGE_REQUIRED") return true;
    throw error;
  }
}

const DESCRIBED_STATUS = { Idle: "starting", InProgress: "recording", Exited: "stopping" } as const;

async function endedTaskChanges(db: Db, row: RecordingTaskRow, taskId: string): Promise<Changes> {
  const facts = await taskCallbackFacts(db, row.sdkAppId, taskId);
  const endReason = row.stopRequestedAt
    ? `Stopped by ${row.stoppedByEmail ?? "the console"}.`
    : (facts.endReason ??
      "The task ended by itself: nobody published for MaxIdleTime seconds, the room was dismissed, or its bot was removed.");
  return {
    status: "ended",
    endedAt: new Date(),
    endReason,
    ...(facts.problem ? { lastError: facts.problem, lastErrorAt: new Date() } : {}),
  };
}

/**
 * A task's status from DescribeCloudRecording, which answers only while the task lives: once it
 * fails with "no such task" (or fails at all after a stop), the task has ended.
 */
async function taskChanges(db: Db, row: RecordingTaskRow): Promise<Changes> {
  if (!row.taskId) {
    const isLost = Date.now() - row.startedAt.getTime() > LOST_START_MS;
    return isLost
      ? {
          status: "failed",
          endedAt: new Date(),
          lastError: "The console never heard whether this task started.",
          lastErrorAt: new Date(),
        }
      : {};
  }
  const taskId = row.taskId;
  try {
    const described = await describeCloudRecording({ sdkAppId: row.sdkAppId, taskId });
    const seen = described.status ? DESCRIBED_STATUS[described.status] : row.status;
    const status = row.stopRequestedAt && seen !== "stopping" ? "stopping" : seen;
    return status === row.status && described.rawStatus === row.cloudStatus
      ? {}
      : { status, cloudStatus: described.rawStatus };
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    if (error.code === "CLOUD_NOT_FOUND" || row.stopRequestedAt) return endedTaskChanges(db, row, taskId);
    return { lastError: `The task's status could not be read: ${error.message}`, lastErrorAt: new Date() };
  }
}

async function filesChanges(row: RecordingTaskRow): Promise<Changes> {
  if (row.filesSettledAt || row.status === "failed" || row.status === "starting") return {};
  try {
    const files = await findProducedFiles(row);
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
 * Brings a row up to date with the cloud: a running recording's status, and the files it made so
 * far. Reads write here because only reads see the cloud change (a room emptying ends a mix, a
 * task exits by itself), and the row must remember it once the cloud forgets the task.
 */
export async function refreshRecordingTask(db: Db, row: RecordingTaskRow): Promise<RecordingTaskRow> {
  const status = isActive(row) ? await (row.kind === "mcu_mix" ? mixChanges(row) : taskChanges(db, row)) : {};
  const afterStatus = { ...row, ...status };
  const files = await filesChanges(afterStatus);
  const changes = { ...status, ...files };
  if (Object.keys(changes).length === 0) return row;
  const [updated] = await db
    .update(recordingTasks)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(recordingTasks.id, row.id))
    .returning();
  return updated ?? afterStatus;
}
