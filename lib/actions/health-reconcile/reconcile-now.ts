"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { reconcileApplication } from "@/lib/health/reconcile/reconcile-application";
import { msg } from "@/lib/i18n/message";
import { messageText } from "@/lib/i18n/message-text";
import { reconcileNowSchema } from "./schemas";

/** "Reconcile now" on the Health page: one pass for the selected app, audited with what it found. */
export const reconcileNow = defineAction({
  name: "reconcileNow",
  role: "operator",
  schema: reconcileNowSchema,
  handler: async (_input, { db, user, audit }) => {
    const { sdkAppId } = await getCurrentApplication(db);
    const summary = await reconcileApplication(db, sdkAppId, { kind: "manual", email: user.email });
    if (!summary)
      return fail({
        code: "NOT_FOUND",
        message: msg("health.findings.errors.appNotRegistered", { sdkAppId: String(sdkAppId) }),
      });
    await audit("health.reconcile", `app:${sdkAppId}`, {
      runId: summary.runId,
      findings: summary.findings,
      // The audit log keeps words (in English), not the messages the page translates.
      ...(summary.errors.length > 0 ? { errors: summary.errors.map((error) => messageText(error)) } : {}),
    });
    revalidatePath("/health");
    return ok(summary);
  },
});
