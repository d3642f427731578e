"use server";
import { msg } from "@/lib/i18n/message";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { deleteCloudRecording } from "@/lib/cloud/trtc/delete-cloud-recording";
import { findRecordingTaskRow } from "@/lib/data/recording-tasks/recording-tasks";
import { stopRecordingSchema } from "@/lib/schemas/mix";
import { callCloud } from "./cloud-failure";
import { TASK_CODE_RULES, TASK_FIELD_RULES } from "./failure-rules";
import { notFound, revalidateRecordingPages, updateRecordingTask } from "./task-rows";

/**
 * Stops a task (DeleteCloudRecording). The task then exits and uploads what it recorded: the row
 * is `stopping` until DescribeCloudRecording no longer knows the task (lib/data refreshes it).
 */
export const stopTask = defineAction({
  name: "stopTask",
  role: "operator",
  schema: stopRecordingSchema,
  handler: async (input, { db, user, audit }) => {
    const { sdkAppId } = await getCurrentApplication(db);
    const row = await findRecordingTaskRow(db, sdkAppId, input.recordingId);
    if (!row || row.kind !== "cloud_task") return fail(notFound());
    const taskId = row.taskId;
    if (!taskId || row.status === "ended" || row.status === "failed")
      return fail({ code: "CONFLICT", message: msg("recordingTasks.actions.taskAlreadyEnded") });

    const result = await callCloud(() => deleteCloudRecording({ sdkAppId, taskId }), {
      codes: TASK_CODE_RULES,
      fields: TASK_FIELD_RULES,
    });
    const hadEnded = !result.ok && result.error.code === "CLOUD_NOT_FOUND";
    if (!result.ok && !hadEnded) {
      await updateRecordingTask(db, row.id, { lastError: result.error.message, lastErrorAt: new Date() });
      await audit("task.stop.failed", `room:${sdkAppId}/${row.roomId}`, {
        recordingId: row.id,
        taskId,
        error: result.cloudCode ?? result.error.code,
      });
      return fail(result.error);
    }
    const now = new Date();
    await updateRecordingTask(db, row.id, {
      stoppedByEmail: user.email,
      stopRequestedAt: now,
      ...(hadEnded
        ? { status: "ended", endedAt: now, endReason: msg("recordingTasks.end.taskHadEnded") }
        : { status: "stopping" }),
    });
    await audit("task.stop", `room:${sdkAppId}/${row.roomId}`, {
      recordingId: row.id,
      taskId,
      ...(hadEnded ? { alreadyEnded: true } : {}),
    });
    revalidateRecordingPages(row.roomId);
    return ok({ recordingId: row.id, hadEnded });
  },
});
