"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { modifyMediaInfo, NEVER_EXPIRES } from "@/lib/cloud/vod/modify-media-info";
import { modifyRetentionSchema } from "@/lib/schemas/recording-search";

/** Keeps a recording for N more days, or forever with 0 (ModifyMediaInfo ExpireTime). */
export const modifyRetention = defineAction({
  name: "modifyRetention",
  role: "operator",
  schema: modifyRetentionSchema,
  handler: async (input, { audit }) => {
    const expireTime =
      input.keepDays === 0
        ? NEVER_EXPIRES
        : new Date(Date.now() + input.keepDays * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    await modifyMediaInfo({ fileId: input.fileId, subAppId: input.subAppId ?? null, expireTime });
    await audit("recording.retention", `media:${input.fileId}`, { keepDays: input.keepDays });
    revalidatePath(`/recordings/${input.fileId}`);
    return ok({ expiresAt: input.keepDays === 0 ? null : expireTime });
  },
});
