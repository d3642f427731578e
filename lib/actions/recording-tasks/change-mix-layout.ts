"use server";
import { msg } from "@/lib/i18n/message";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { callCloud } from "@/lib/actions/recording-tasks/cloud-failure";
import {
  appendLayoutChange,
  notFound,
  revalidateRecordingPages,
  updateRecordingTask,
} from "@/lib/actions/recording-tasks/task-rows";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { findRecordingTaskRow } from "@/lib/data/recording-tasks/recording-tasks";
import { storedMixSchema, toRequestJson } from "@/lib/data/recording-tasks/stored-request";
import { changeMixLayoutSchema } from "@/lib/schemas/mix";
import { MIX_CODE_RULES, MIX_FIELD_RULES } from "./failure-rules";
import { layoutError } from "./layout-error";
import { sendStartMix } from "./mix-request";

/**
 * Changes a running mix's layout: StartMCUMixTranscode again with the same RecordId, StreamId and
 * EncodeParams, so that the recording goes on in the same file (TRTC's guide: changing either
 * breaks the stream and makes several files).
 */
export const changeMixLayout = defineAction({
  name: "changeMixLayout",
  role: "operator",
  schema: changeMixLayoutSchema,
  handler: async (input, { db, user, audit }) => {
    const { sdkAppId } = await getCurrentApplication(db);
    const row = await findRecordingTaskRow(db, sdkAppId, input.recordingId);
    const stored = storedMixSchema.safeParse(row?.request);
    if (!row || row.kind !== "mcu_mix" || !stored.success) return fail(notFound());
    if (row.status !== "recording")
      return fail({ code: "CONFLICT", message: msg("recordingTasks.actions.mixNotRunning") });
    const invalid = layoutError(input.layout, stored.data.input.output, "mcu");
    if (invalid) return fail(invalid);

    const target = `room:${sdkAppId}/${row.roomId}`;
    const result = await callCloud(() => sendStartMix(sdkAppId, stored.data.input, input.layout), {
      codes: MIX_CODE_RULES,
      fields: MIX_FIELD_RULES,
    });
    if (!result.ok) {
      const hasEnded = result.cloudCode === "FailedOperation.RoomNotExist";
      await updateRecordingTask(db, row.id, {
        lastError: result.error.message,
        lastErrorAt: new Date(),
        ...(hasEnded
          ? {
              status: "ended",
              endedAt: new Date(),
              endReason: msg("recordingTasks.end.roomEmptied", { roomId: row.roomId }),
            }
          : {}),
      });
      await audit("mix.layout.failed", target, { recordingId: row.id, error: result.cloudCode ?? result.error.code });
      revalidateRecordingPages(row.roomId);
      return fail(result.error);
    }
    const next = { ...stored.data, input: { ...stored.data.input, layout: input.layout } };
    await appendLayoutChange(
      db,
      row.id,
      { at: new Date().toISOString(), byEmail: user.email, layout: input.layout.template },
      toRequestJson(next),
    );
    await audit("mix.layout.change", target, {
      recordingId: row.id,
      recordId: row.recordId,
      template: input.layout.template,
      tiles: input.layout.template === "custom" ? input.layout.slots.length : undefined,
    });
    revalidateRecordingPages(row.roomId);
    return ok({ recordingId: row.id });
  },
});
