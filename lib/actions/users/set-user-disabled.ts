"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { setUserDisabledSchema } from "@/lib/schemas/user";
import { setUserDisabled as updateDisabled } from "@/lib/actions/users/set-user-disabled-row";

/** Disables or re-enables a user (admin only); a disabled user's session stops working at once. */
export const setUserDisabled = defineAction({
  name: "setUserDisabled",
  role: "admin",
  schema: setUserDisabledSchema,
  handler: async (input, { db, audit }) => {
    const result = await updateDisabled(db, input.userId, input.disabled);
    if (!result.ok) return fail({ code: "CONFLICT", message: result.error.message });
    await audit(input.disabled ? "user.disable" : "user.enable", `user:${result.data.email}`);
    revalidatePath("/users");
    return ok(result.data);
  },
});
