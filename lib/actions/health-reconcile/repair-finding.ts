"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { stopTask } from "@/lib/actions/recording-tasks/stop-task";
import { repairFinding as repair } from "@/lib/health/reconcile/repair-finding";
import { repairFindingSchema } from "./schemas";

/**
 * A finding's one repair from the Health page: acknowledge, or stop the recording through the
 * tasks page's own stop action (which checks and audits the stop itself).
 */
export const repairFinding = defineAction({
  name: "repairFinding",
  role: "operator",
  schema: repairFindingSchema,
  handler: async (input, { db, user, audit }) => {
    const { sdkAppId } = await getCurrentApplication(db);
    const result = await repair(db, { sdkAppId, findingId: input.findingId, email: user.email }, (recordingId) =>
      stopTask({ recordingId }),
    );
    if (result.ok) {
      await audit("health.finding.repair", `app:${sdkAppId}`, { ...result.data });
      revalidatePath("/health");
    }
    return result;
  },
});
