"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { msg } from "@/lib/i18n/message";
import { rotateTrtcCallbackKey as rotateKey } from "@/lib/actions/callbacks/trtc-callback-key";
import { trtcCallbackKeyTargetSchema, type NewTrtcCallbackKey } from "@/lib/callbacks/trtc-callback-key-schema";

/**
 * Replaces an application's TRTC callback key with a new one, answered once. The old key keeps
 * verifying for the grace period (TRTC_KEY_GRACE_MS), the time to paste the new one into TRTC's
 * console, which applies it after a few minutes.
 */
export const rotateTrtcCallbackKey = defineAction({
  name: "rotateTrtcCallbackKey",
  role: "admin",
  schema: trtcCallbackKeyTargetSchema,
  handler: async ({ sdkAppId }, { db, audit }) => {
    const result = await rotateKey(db, sdkAppId);
    if (!result.ok)
      return fail({
        code: "NOT_FOUND",
        message: msg("settings.errors.notThisConsole", { sdkAppId: String(sdkAppId) }),
      });
    const previousKeyValidUntil = result.previousKeyValidUntil?.toISOString() ?? null;
    // The keys themselves are never audited or logged.
    await audit("settings.trtc-callback-key.rotate", `application:${sdkAppId}`, { previousKeyValidUntil });
    revalidatePath("/settings");
    return ok<NewTrtcCallbackKey>({ sdkAppId, key: result.key, previousKeyValidUntil });
  },
});
