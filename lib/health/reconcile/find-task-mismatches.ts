import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { describeCloudRecording } from "@/lib/cloud/trtc/describe-cloud-recording";
import { CloudError } from "@/lib/cloud/errors";
import { msg } from "@/lib/i18n/message";
import { hasRoomEmptiedSince } from "@/lib/data/rooms/rooms";
import { recordingTasks, type RecordingTaskRow } from "@/lib/db/schema";
import { ACTIVE_STATUSES } from "@/lib/recording-tasks/status";
import type { Finding } from "./finding-kinds";
import { idleSinceMs } from "./idle-room";
import type { ReconcileContext } from "./reconcile-context";

export const ENDED_BY_RECONCILIATION = "ended by reconciliation";

/** Whether the cloud still runs it: DescribeCloudRecording answers only while a task lives; a mix ends when its room empties. */
async function isGone(context: ReconcileContext, row: RecordingTaskRow): Promise<boolean> {
  if (row.kind === "mcu_mix") return hasRoomEmptiedSince(context.db, row.sdkAppId, row.roomId, row.startedAt.getTime());
  if (!row.taskId) return false;
  try {
    await describeCloudRecording({ sdkAppId: row.sdkAppId, taskId: row.taskId }, context.clients.trtc);
    return false;
  } catch (error) {
    if (error instanceof CloudError && error.code === "CLOUD_NOT_FOUND") return true;
    throw error;
  }
}

/**
 * Ends the row, only if it is still shown active (another instance, or the task's own 302, may
 * have ended it since): true when this pass ended it.
 */
async function endRow(context: ReconcileContext, row: RecordingTaskRow, now: Date): Promise<boolean> {
  // Stored as a message (the tasks pages word it in the viewer's language).
  const reason =
    row.kind === "mcu_mix"
      ? msg("health.findings.endReasons.roomEmpty", { roomId: row.roomId })
      : msg("health.findings.endReasons.taskGone", { taskId: row.taskId ?? "" });
  const ended = await context.db
    .update(recordingTasks)
    .set({ status: "ended", endedAt: now, endReason: reason, updatedAt: now })
    .where(and(eq(recordingTasks.id, row.id), inArray(recordingTasks.status, [...ACTIVE_STATUSES])))
    .returning({ id: recordingTasks.id });
  return ended.length > 0;
}

/**
 * The console's running recordings against the cloud: one the cloud ended is ended here (and
 * reported resolved); one still running in a room where nobody publishes is reported for a stop.
 */
export async function findTaskMismatches(context: ReconcileContext, now: Date): Promise<Finding[]> {
  const rows = await context.db
    .select()
    .from(recordingTasks)
    .where(and(eq(recordingTasks.sdkAppId, context.sdkAppId), inArray(recordingTasks.status, [...ACTIVE_STATUSES])));
  const findings: Finding[] = [];
  for (const row of rows) {
    const details = { roomId: row.roomId, taskId: row.taskId, kind: row.kind, shownStatus: row.status };
    if (await isGone(context, row)) {
      if (await endRow(context, row, now))
        findings.push({ kind: "task_ended_in_cloud", subject: row.id, details, resolvedBy: ENDED_BY_RECONCILIATION });
      continue;
    }
    if (row.kind !== "cloud_task" || row.status === "stopping") continue;
    const idleSince = await idleSinceMs(context.db, row, now.getTime());
    if (idleSince !== null)
      findings.push({
        kind: "idle_room_recording",
        subject: row.id,
        details: { ...details, idleSince: new Date(idleSince).toISOString() },
      });
  }
  return findings;
}
