"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { getSignInThrottle } from "@/lib/auth/sign-in-limiters";
import { resetUserPasswordSchema } from "@/lib/schemas/user";
import { resetPassword } from "@/lib/actions/users/reset-password";

/**
 * Gives another user a generated password (admin only), answered once for the admin to pass on;
 * it also lifts a sign-in lock on that account. The audit log records the reset, never the password.
 */
export const resetUserPassword = defineAction({
  name: "resetUserPassword",
  role: "admin",
  schema: resetUserPasswordSchema,
  handler: async (input, { db, user, audit }) => {
    const result = await resetPassword(db, input.userId, user.id);
    if (!result.ok) return fail({ code: "CONFLICT", message: result.message });
    await (await getSignInThrottle(db)).forgetAccount(result.user.email);
    await audit("user.password.reset", `user:${result.user.email}`);
    revalidatePath("/users");
    return ok({ email: result.user.email, password: result.password });
  },
});
