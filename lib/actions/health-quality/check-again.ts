"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { signalFileRegistered } from "@/lib/health/file-registered";
import { queueCheckAgain } from "./queue-check-again";
import { checkAgainSchema } from "./schemas";

/**
 * "Check again" on a recording's page (operators and admins): the file of the selected app is
 * queued now and this process's worker woken, as a callback registering a file wakes it.
 */
export const checkAgain = defineAction({
  name: "checkAgain",
  role: "operator",
  schema: checkAgainSchema,
  handler: async ({ fileId }, { db, audit }) => {
    const { sdkAppId } = await getCurrentApplication(db);
    const result = await queueCheckAgain(db, sdkAppId, fileId, new Date());
    if (!result.ok) return result;
    await audit("health.quality.check-again", `media:${fileId}`, {
      sdkAppId,
      previousStatus: result.data.previousStatus,
    });
    signalFileRegistered();
    revalidatePath(`/recordings/${fileId}`);
    revalidatePath("/health");
    return result;
  },
});
