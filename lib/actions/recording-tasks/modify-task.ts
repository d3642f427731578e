"use server";
import { msg } from "@/lib/i18n/message";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { generationRefusal } from "@/lib/applications/generation-guard";
import { modifyCloudRecording } from "@/lib/cloud/trtc/modify-cloud-recording";
import { findRecordingTaskRow } from "@/lib/data/recording-tasks/recording-tasks";
import { storedTaskSchema, toRequestJson } from "@/lib/data/recording-tasks/stored-request";
import { canChangeLayout } from "@/lib/recording-tasks/status";
import { modifyTaskSchema } from "@/lib/schemas/task";
import { callCloud } from "./cloud-failure";
import { TASK_CODE_RULES, TASK_FIELD_RULES } from "./failure-rules";
import { layoutError } from "./layout-error";
import { appendLayoutChange, notFound, revalidateRecordingPages, updateRecordingTask } from "./task-rows";

/**
 * Changes a running task's layout and subscription (ModifyCloudRecording). The API replaces both
 * whole, so the complete layout and lists are always sent, never a patch.
 */
export const modifyTask = defineAction({
  name: "modifyTask",
  role: "operator",
  schema: modifyTaskSchema,
  handler: async (input, { db, user, audit }) => {
    const application = await getCurrentApplication(db);
    const { sdkAppId } = application;
    // Stopping stays possible whatever the generation says now; changing a task does not.
    const refusal = generationRefusal(application, "cloudTask");
    if (refusal) return fail({ code: "CONFLICT", message: refusal });
    const row = await findRecordingTaskRow(db, sdkAppId, input.recordingId);
    const stored = storedTaskSchema.safeParse(row?.request);
    if (!row || row.kind !== "cloud_task" || !stored.success) return fail(notFound());
    const taskId = row.taskId;
    if (!taskId || !canChangeLayout(row.status))
      return fail({ code: "CONFLICT", message: msg("recordingTasks.actions.taskNotRunning") });
    const { recordMode, output } = stored.data.input;
    // A task recording each user apart draws no layout: its layout is kept, not checked.
    const invalid = recordMode === "mixed" ? layoutError(input.layout, output, "task") : null;
    if (invalid) return fail(invalid);

    const target = `room:${sdkAppId}/${row.roomId}`;
    const result = await callCloud(
      () =>
        modifyCloudRecording({
          sdkAppId,
          taskId,
          recordMode,
          layout: input.layout,
          subscription: input.subscription,
        }),
      { codes: TASK_CODE_RULES, fields: TASK_FIELD_RULES },
    );
    if (!result.ok) {
      await updateRecordingTask(db, row.id, { lastError: result.error.message, lastErrorAt: new Date() });
      await audit("task.modify.failed", target, {
        recordingId: row.id,
        taskId,
        error: result.cloudCode ?? result.error.code,
      });
      revalidateRecordingPages(row.roomId);
      return fail(result.error);
    }
    const next = {
      ...stored.data,
      input: { ...stored.data.input, layout: input.layout, subscription: input.subscription },
    };
    await appendLayoutChange(
      db,
      row.id,
      {
        at: new Date().toISOString(),
        byEmail: user.email,
        layout: recordMode === "mixed" ? input.layout.template : "subscription",
      },
      toRequestJson(next),
    );
    await audit("task.modify", target, { recordingId: row.id, taskId, layout: input.layout.template });
    revalidateRecordingPages(row.roomId);
    return ok({ recordingId: row.id });
  },
});
