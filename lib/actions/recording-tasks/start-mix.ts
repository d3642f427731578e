"use server";
import { msg } from "@/lib/i18n/message";
import { and, eq, inArray } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { callCloud } from "@/lib/actions/recording-tasks/cloud-failure";
import {
  markStartFailed,
  revalidateRecordingPages,
  updateRecordingTask,
} from "@/lib/actions/recording-tasks/task-rows";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { ACTIVE_STATUSES } from "@/lib/recording-tasks/status";
import { generationRefusal } from "@/lib/applications/generation-guard";
import { toRequestJson, type StoredMix } from "@/lib/data/recording-tasks/stored-request";
import type { Db } from "@/lib/db/open-database";
import { recordingTasks } from "@/lib/db/schema";
import { startMixSchema } from "@/lib/schemas/mix";
import { lastSavedSettings } from "@/lib/data/settings/settings-history";
import { MIX_CODE_RULES, MIX_FIELD_RULES } from "./failure-rules";
import { sendStartMix } from "./mix-request";

/**
 * The room's running mix as the console's rows know it. Never the room queries (paid, not real
 * time, reference §8): a mix that ended when its room emptied is cleared by stopping it (which
 * then finds MixSessionNotExist) or by the room page's refresh.
 */
async function runningMix(db: Db, sdkAppId: number, roomId: string) {
  const [row] = await db
    .select({ id: recordingTasks.id })
    .from(recordingTasks)
    .where(
      and(
        eq(recordingTasks.sdkAppId, sdkAppId),
        eq(recordingTasks.roomId, roomId),
        eq(recordingTasks.kind, "mcu_mix"),
        inArray(recordingTasks.status, ACTIVE_STATUSES),
      ),
    )
    .limit(1);
  return row ?? null;
}

const alreadyMixing = (roomId: string) =>
  fail({
    code: "CONFLICT",
    message: msg("recordingTasks.actions.mixAlreadyRunning", { roomId }),
  });

/**
 * Starts a mix of a room (StartMCUMixTranscode), recorded by OutputParams.RecordId on a legacy app
 * and only relayed without one (always, on a cloud-recording app). The row is
 * written first, so that two operators cannot both start one: TRTC runs one mix per room, and a
 * second start would silently re-lay out the first.
 */
export const startMix = defineAction({
  name: "startMix",
  role: "operator",
  schema: startMixSchema,
  handler: async (input, { db, user, audit }) => {
    const application = await getCurrentApplication(db);
    const { sdkAppId } = application;
    const refusal = input.recordId ? generationRefusal(application, "mixRecordId") : null;
    if (refusal) return fail({ code: "CONFLICT", message: refusal, fieldErrors: { recordId: [refusal] } });
    if (await runningMix(db, sdkAppId, input.roomId)) return alreadyMixing(input.roomId);
    const settings = await lastSavedSettings(db, sdkAppId);
    // Without a record id the mix is only relayed: nothing is recorded, nothing stored.
    const isRecorded = input.recordId !== "" && settings?.enabled === true;
    const stored: StoredMix = {
      input,
      basis: { formats: isRecorded ? (settings?.formats ?? []) : [], retentionDays: settings?.retentionDays ?? 0 },
    };
    const inserted = await db
      .insert(recordingTasks)
      .values({
        sdkAppId,
        kind: "mcu_mix",
        roomId: input.roomId,
        status: "starting",
        recordId: input.recordId || null,
        streamId: input.streamId,
        vodSubAppId: settings?.vodSubAppId ?? application.defaultVodSubAppId,
        request: toRequestJson(stored),
        startedByEmail: user.email,
      })
      .onConflictDoNothing()
      .returning({ id: recordingTasks.id });
    const id = inserted[0]?.id;
    if (!id) return alreadyMixing(input.roomId);

    const target = `room:${sdkAppId}/${input.roomId}`;
    const detail = {
      recordingId: id,
      recordId: input.recordId,
      streamId: input.streamId,
      template: input.layout.template,
    };
    const result = await callCloud(() => sendStartMix(sdkAppId, input), {
      codes: MIX_CODE_RULES,
      fields: MIX_FIELD_RULES,
    });
    if (!result.ok) {
      await markStartFailed(db, id, result.error);
      await audit("mix.start.failed", target, { ...detail, error: result.cloudCode ?? result.error.code });
      revalidateRecordingPages(input.roomId);
      return fail(result.error);
    }
    await updateRecordingTask(db, id, { status: "recording" });
    await audit("mix.start", target, { ...detail, output: `${input.output.width}x${input.output.height}` });
    revalidateRecordingPages(input.roomId);
    return ok({ recordingId: id });
  },
});
