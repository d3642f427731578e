"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { cloudWrite } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import { modifyRetentionSchema } from "@/lib/schemas/recording-search";

const FOREVER = "9999-12-31T23:59:59Z";

/** Keeps a recording for N more days, or forever with 0 (ModifyMediaInfo ExpireTime). */
export const modifyRetention = defineAction({
  name: "modifyRetention",
  role: "operator",
  schema: modifyRetentionSchema,
  handler: async (input, { audit }) => {
    const expireTime =
      input.keepDays === 0
        ? FOREVER
        : new Date(Date.now() + input.keepDays * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    await cloudWrite(() =>
      cloudClients().vod.ModifyMediaInfo({
        FileId: input.fileId,
        ExpireTime: expireTime,
        ...(input.subAppId ? { SubAppId: input.subAppId } : {}),
      }),
    );
    await audit("recording.retention", `media:${input.fileId}`, { keepDays: input.keepDays });
    revalidatePath(`/recordings/${input.fileId}`);
    return ok({ expiresAt: input.keepDays === 0 ? null : expireTime });
  },
});
