"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { storeQualityThresholds } from "./quality-thresholds-store";
import { resetQualityThresholdsSchema, saveQualityThresholdsSchema } from "./schemas";

/**
 * The quality check's thresholds for the whole console (admin only, like every console-wide
 * setting); checks from now on use them, files already checked keep their result until checked again.
 */
export const saveQualityThresholds = defineAction({
  name: "saveQualityThresholds",
  role: "admin",
  schema: saveQualityThresholdsSchema,
  handler: async (input, { db, audit }) => {
    const { before, after } = await storeQualityThresholds(db, input);
    await audit("health.quality.thresholds", "console", { before: before.effective, after: after.effective });
    revalidatePath("/health");
    return ok(after.effective);
  },
});

/** Every quality threshold back to its default (admin only). */
export const resetQualityThresholds = defineAction({
  name: "resetQualityThresholds",
  role: "admin",
  schema: resetQualityThresholdsSchema,
  handler: async (_input, { db, audit }) => {
    const { before, after } = await storeQualityThresholds(db, null);
    await audit("health.quality.thresholds.reset", "console", { before: before.effective, after: after.effective });
    revalidatePath("/health");
    return ok(after.effective);
  },
});
