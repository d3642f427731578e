"use server";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { getCurrentApplication, sdkSecretKeyOf } from "@/lib/data/applications/current-application";
import { generationRefusal, wrongGenerationMessage } from "@/lib/applications/generation-guard";
import { createCloudRecording } from "@/lib/cloud/trtc/create-cloud-recording";
import { toRequestJson, type StoredTask } from "@/lib/data/recording-tasks/stored-request";
import { recordingTasks } from "@/lib/db/schema";
import { startTaskSchema } from "@/lib/schemas/task";
import { callCloud } from "./cloud-failure";
import { TASK_CODE_RULES, TASK_FIELD_RULES } from "./failure-rules";
import { newBotUserId } from "./task-request";
import { markStartFailed, revalidateRecordingPages, updateRecordingTask } from "./task-rows";

/**
 * Starts a cloud-recording task (CreateCloudRecording): a recorder bot with its own UserSig joins
 * the room and records each stream or one mix of them into VOD. The row is written before the
 * call, so that a start the cloud refuses still shows on the task list with its reason.
 */
export const startTask = defineAction({
  name: "startTask",
  role: "operator",
  schema: startTaskSchema,
  handler: async (input, { db, user, audit }) => {
    const application = await getCurrentApplication(db);
    const { sdkAppId } = application;
    const refusal = generationRefusal(application, "cloudTask");
    if (refusal) return fail({ code: "CONFLICT", message: refusal });
    // Never the room queries (paid, not real time): the estimate's basis is what the form saw.
    const stored: StoredTask = {
      input,
      basis: { inputCount: input.estimateInputCount ?? 0, inputTier: input.estimateInputTier },
    };
    const botUserId = newBotUserId();
    const [inserted] = await db
      .insert(recordingTasks)
      .values({
        sdkAppId,
        kind: "cloud_task",
        roomId: input.roomId,
        status: "starting",
        recordId: input.userDefineRecordId || null,
        botUserId,
        vodSubAppId: input.subAppId,
        request: toRequestJson(stored),
        startedByEmail: user.email,
      })
      .returning({ id: recordingTasks.id });
    if (!inserted) throw new Error("inserting a recording task returned no row");

    const bot = { sdkAppId, sdkSecretKey: await sdkSecretKeyOf(db, sdkAppId), userId: botUserId };
    const target = `room:${sdkAppId}/${input.roomId}`;
    const detail = { recordingId: inserted.id, recordMode: input.recordMode, botUserId, layout: input.layout.template };
    const result = await callCloud(() => createCloudRecording(input, bot), {
      codes: TASK_CODE_RULES,
      fields: TASK_FIELD_RULES,
    });
    if (!result.ok) {
      // The cloud knows the app's generation better than the console: say which value to change.
      if (result.error.code === "CLOUD_WRONG_RECORDING_GENERATION")
        result.error = { code: result.error.code, message: wrongGenerationMessage(application) };
      await markStartFailed(db, inserted.id, result.error);
      await audit("task.start.failed", target, { ...detail, error: result.cloudCode ?? result.error.code });
      revalidateRecordingPages(input.roomId);
      return fail(result.error);
    }
    const { taskId } = result.data;
    await updateRecordingTask(db, inserted.id, { taskId });
    await audit("task.start", target, { ...detail, taskId });
    revalidateRecordingPages(input.roomId);
    return ok({ recordingId: inserted.id, taskId });
  },
});
