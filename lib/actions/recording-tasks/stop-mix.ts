"use server";
import { msg } from "@/lib/i18n/message";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { callCloud } from "@/lib/actions/recording-tasks/cloud-failure";
import { notFound, revalidateRecordingPages, updateRecordingTask } from "@/lib/actions/recording-tasks/task-rows";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { findRecordingTaskRow } from "@/lib/data/recording-tasks/recording-tasks";
import { stoppedBy } from "@/lib/data/recording-tasks/recording-task-event-changes";
import { stopRecordingSchema } from "@/lib/schemas/mix";
import { MIX_CODE_RULES, MIX_FIELD_RULES } from "./failure-rules";
import { sendStopMix } from "./mix-request";

/** Stops a room's mix (StopMCUMixTranscode); its recording's file then goes to VOD. */
export const stopMix = defineAction({
  name: "stopMix",
  role: "operator",
  schema: stopRecordingSchema,
  handler: async (input, { db, user, audit }) => {
    const { sdkAppId } = await getCurrentApplication(db);
    const row = await findRecordingTaskRow(db, sdkAppId, input.recordingId);
    if (!row || row.kind !== "mcu_mix") return fail(notFound());
    if (row.status === "ended" || row.status === "failed")
      return fail({ code: "CONFLICT", message: msg("recordingTasks.actions.mixAlreadyEnded") });

    const result = await callCloud(() => sendStopMix(sdkAppId, row.roomId), {
      codes: MIX_CODE_RULES,
      fields: MIX_FIELD_RULES,
    });
    const hadEnded = !result.ok && result.cloudCode === "FailedOperation.MixSessionNotExist";
    if (!result.ok && !hadEnded) {
      await updateRecordingTask(db, row.id, { lastError: result.error.message, lastErrorAt: new Date() });
      await audit("mix.stop.failed", `room:${sdkAppId}/${row.roomId}`, {
        recordingId: row.id,
        error: result.cloudCode ?? result.error.code,
      });
      return fail(result.error);
    }
    const now = new Date();
    await updateRecordingTask(db, row.id, {
      status: "ended",
      stoppedByEmail: user.email,
      stopRequestedAt: now,
      endedAt: now,
      endReason: hadEnded ? msg("recordingTasks.end.mixHadEnded") : stoppedBy(user.email),
    });
    await audit("mix.stop", `room:${sdkAppId}/${row.roomId}`, {
      recordingId: row.id,
      recordId: row.recordId,
      ...(hadEnded ? { alreadyEnded: true } : {}),
    });
    revalidateRecordingPages(row.roomId);
    return ok({ recordingId: row.id, hadEnded });
  },
});
