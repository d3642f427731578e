"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { changeUserRoleSchema } from "@/lib/schemas/user";
import { changeUserRole as updateRole } from "@/lib/actions/users/change-user-role-row";

/** Changes a user's role (admin only); the last active admin cannot be demoted. */
export const changeUserRole = defineAction({
  name: "changeUserRole",
  role: "admin",
  schema: changeUserRoleSchema,
  handler: async (input, { db, audit }) => {
    const result = await updateRole(db, input.userId, input.role);
    if (!result.ok) return fail({ code: "CONFLICT", message: result.error.message });
    await audit("user.role.change", `user:${result.data.email}`, { role: input.role });
    revalidatePath("/users");
    return ok(result.data);
  },
});
