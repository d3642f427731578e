"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { reconcileApplication } from "@/lib/health/reconcile/reconcile-application";
import { reconcileNowSchema } from "./schemas";

/** "Reconcile now" on the Health page: one pass for the selected app, audited with what it found. */
export const reconcileNow = defineAction({
  name: "reconcileNow",
  role: "operator",
  schema: reconcileNowSchema,
  handler: async (_input, { db, user, audit }) => {
    const { sdkAppId } = await getCurrentApplication(db);
    const summary = await reconcileApplication(db, sdkAppId, { kind: "manual", email: user.email });
    if (!summary) return fail({ code: "NOT_FOUND", message: `SdkAppId ${sdkAppId} is not registered.` });
    await audit("health.reconcile", `app:${sdkAppId}`, {
      runId: summary.runId,
      findings: summary.findings,
      ...(summary.errors.length > 0 ? { errors: summary.errors } : {}),
    });
    revalidatePath("/health");
    return ok(summary);
  },
});
