"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { modifyMediaInfo, NEVER_EXPIRES } from "@/lib/cloud/vod/modify-media-info";
import { modifyRetentionSchema } from "@/lib/schemas/recording-search";
import { findOwnedRecording } from "./owned-recording";

/**
 * Keeps a recording of the selected application for N more days, or forever with 0
 * (ModifyMediaInfo ExpireTime); another app's FileId is refused, as VOD describes the file.
 */
export const modifyRetention = defineAction({
  name: "modifyRetention",
  role: "operator",
  schema: modifyRetentionSchema,
  handler: async (input, { db, audit }) => {
    const application = await getCurrentApplication(db);
    const subAppId = input.subAppId ?? null;
    const owned = await findOwnedRecording(input.fileId, subAppId, application);
    if (!owned.ok) return fail(owned.error);
    const expireTime =
      input.keepDays === 0
        ? NEVER_EXPIRES
        : new Date(Date.now() + input.keepDays * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    await modifyMediaInfo({ fileId: input.fileId, subAppId, expireTime });
    await audit("recording.retention", `media:${input.fileId}`, {
      keepDays: input.keepDays,
      sdkAppId: application.sdkAppId,
    });
    revalidatePath(`/recordings/${input.fileId}`);
    return ok({ expiresAt: input.keepDays === 0 ? null : expireTime });
  },
});
