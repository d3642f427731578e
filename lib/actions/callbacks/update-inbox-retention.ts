"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { setInboxRetention } from "@/lib/actions/callbacks/set-inbox-retention";
import { inboxRetentionSchema } from "@/lib/schemas/inbox-retention";

/** How long the callback inbox keeps verified events and refusals (admin only); the next hourly prune applies it. */
export const updateInboxRetention = defineAction({
  name: "updateInboxRetention",
  role: "admin",
  schema: inboxRetentionSchema,
  handler: async (input, { db, user, audit }) => {
    await setInboxRetention(db, input, user.email);
    await audit("callbacks.retention", "console", input);
    revalidatePath("/callbacks");
    return ok(input);
  },
});
