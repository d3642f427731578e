"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { msg } from "@/lib/i18n/message";
import { rotateTrtcCallbackKey } from "@/lib/actions/callbacks/trtc-callback-key";
import { trtcKeyStateOf } from "@/lib/data/callbacks/trtc-key-state";
import { trtcCallbackKeyTargetSchema, type NewTrtcCallbackKey } from "@/lib/callbacks/trtc-callback-key-schema";

/**
 * Gives an application without one its first TRTC callback key (32 letters and digits), to paste
 * into TRTC's console. Answers the key once; the console never shows it again. An app that has a
 * key is rotated instead (rotateTrtcCallbackKey), so a stray click cannot cut TRTC off.
 */
export const generateTrtcCallbackKey = defineAction({
  name: "generateTrtcCallbackKey",
  role: "admin",
  schema: trtcCallbackKeyTargetSchema,
  handler: async ({ sdkAppId }, { db, audit }) => {
    const state = await trtcKeyStateOf(db, sdkAppId);
    if (state.hasKey)
      return fail({
        code: "CONFLICT",
        message: msg("settings.errors.hasTrtcKey"),
      });
    const result = await rotateTrtcCallbackKey(db, sdkAppId);
    if (!result.ok)
      return fail({
        code: "NOT_FOUND",
        message: msg("settings.errors.notThisConsole", { sdkAppId: String(sdkAppId) }),
      });
    // The key itself is never audited or logged.
    await audit("settings.trtc-callback-key.generate", `application:${sdkAppId}`);
    revalidatePath("/settings");
    return ok<NewTrtcCallbackKey>({ sdkAppId, key: result.key, previousKeyValidUntil: null });
  },
});
