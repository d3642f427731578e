"use server";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { getCurrentApplication, sdkSecretKeyOf } from "@/lib/applications/current-application";
import { cloudClients } from "@/lib/cloud/clients";
import { getLiveRoom } from "@/lib/data/rooms";
import { toRequestJson, type StoredTask } from "@/lib/data/stored-request";
import { recordingTasks } from "@/lib/db/schema";
import { subscribedInputs } from "@/lib/layouts/task-params";
import { startTaskSchema } from "@/lib/schemas/task";
import { callCloud } from "./cloud-failure";
import { TASK_CODE_RULES, TASK_FIELD_RULES } from "./task-failures";
import { createCloudRecordingRequest, newBotUserId } from "./task-request";
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
    const { sdkAppId } = await getCurrentApplication(db);
    const room = await getLiveRoom(sdkAppId, input.roomId);
    const present = (room?.users ?? []).map((entry) => ({
      userId: entry.userId,
      streamType: 0 as const,
      hasVideo: true,
    }));
    const stored: StoredTask = {
      input,
      basis: { inputCount: subscribedInputs(present, input.subscription).length, inputTier: input.estimateInputTier },
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

    const request = createCloudRecordingRequest(input, {
      sdkAppId,
      sdkSecretKey: await sdkSecretKeyOf(db, sdkAppId),
      userId: botUserId,
    });
    const target = `room:${sdkAppId}/${input.roomId}`;
    const detail = { recordingId: inserted.id, recordMode: input.recordMode, botUserId, layout: input.layout.mode };
    const result = await callCloud(() => cloudClients().trtc.CreateCloudRecording(request), {
      codes: TASK_CODE_RULES,
      fields: TASK_FIELD_RULES,
    });
    if (!result.ok) {
      await markStartFailed(db, inserted.id, result.error);
      await audit("task.start.failed", target, { ...detail, error: result.cloudCode ?? result.error.code });
      revalidateRecordingPages(input.roomId);
      return fail(result.error);
    }
    const taskId = result.data.TaskId ?? "";
    await updateRecordingTask(db, inserted.id, { taskId });
    await audit("task.start", target, { ...detail, taskId });
    revalidateRecordingPages(input.roomId);
    return ok({ recordingId: inserted.id, taskId });
  },
});
