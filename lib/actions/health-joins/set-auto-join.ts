"use server";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { applications } from "@/lib/db/schema";
import { setAutoJoinSchema } from "./schemas";

/**
 * Turns automatic joining of split files on or off for the selected application. An operator's
 * setting, like the recording settings it sits with (file length, resume timeout, retention):
 * it changes what VOD stores, as those do, and nothing of the account's access.
 */
export const setAutoJoin = defineAction({
  name: "setAutoJoin",
  role: "operator",
  schema: setAutoJoinSchema,
  handler: async (input, { db, audit }) => {
    const { sdkAppId } = await getCurrentApplication(db);
    await db.update(applications).set({ autoJoinSplitFiles: input.enabled }).where(eq(applications.sdkAppId, sdkAppId));
    await audit("health.join.auto", `app:${sdkAppId}`, { enabled: input.enabled });
    revalidatePath("/settings");
    revalidatePath("/health");
    return ok({ enabled: input.enabled });
  },
});
