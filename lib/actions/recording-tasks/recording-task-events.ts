import "server-only";
import { and, eq } from "drizzle-orm";
import type { ReceivedTrtcEvent } from "@/lib/callbacks/received-trtc-event";
import type { Db } from "@/lib/db/open-database";
import { recordingTasks } from "@/lib/db/schema";
import { taskChangesFromEvents } from "@/lib/data/recording-tasks/recording-task-event-changes";
import { eventsOfTask } from "@/lib/data/recording-tasks/task-callbacks";

/**
 * A verified cloud-recording event (group 3) just stored: the task it names takes its state from
 * it at once (301 started or failed, 302 ended and why, 311 files, 312 finished). The row is
 * reduced from all of the task's events, not from this one alone, so a repeat or an event older
 * than one already applied changes nothing. A task the console did not start (or whose TaskId it
 * has not written yet: 301 can arrive before CreateCloudRecording answers) is left alone; its
 * events are applied when the task list next reads the row.
 */
export async function applyRecordingTaskEvent(db: Db, event: ReceivedTrtcEvent): Promise<void> {
  const taskId = event.eventInfo.TaskId;
  if (typeof taskId !== "string" || taskId === "") return;
  const [row] = await db
    .select()
    .from(recordingTasks)
    .where(and(eq(recordingTasks.sdkAppId, event.sdkAppId), eq(recordingTasks.taskId, taskId)))
    .limit(1)
    // Two events of one task received at once (two instances) take turns: the second sees the first's.
    .for("update");
  if (!row) return;
  const changes = taskChangesFromEvents(row, await eventsOfTask(db, row.sdkAppId, taskId, row.startedAt));
  if (Object.keys(changes).length === 0) return;
  await db
    .update(recordingTasks)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(recordingTasks.id, row.id));
}
