"use server";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { requestAddress } from "@/lib/auth/request-address";
import { countWrongPassword } from "@/lib/auth/sign-in";
import { getSignInThrottle } from "@/lib/auth/sign-in-limiters";
import { msg } from "@/lib/i18n/message";
import { throttledMessage } from "@/lib/schemas/sign-in-error";
import { changeOwnPasswordSchema } from "@/lib/schemas/user";
import { changePassword } from "@/lib/actions/users/change-password";

const WRONG_CURRENT = msg("users.errors.wrongCurrentPassword");

/**
 * Changes the signed-in user's own password (any role). The current password is checked behind
 * the sign-in throttle: a session left open is no way to guess it, or to skip the lock.
 */
export const changeOwnPassword = defineAction({
  name: "changeOwnPassword",
  role: "viewer",
  schema: changeOwnPasswordSchema,
  handler: async (input, { db, user, audit }) => {
    const throttle = await getSignInThrottle(db);
    const attempt = { email: user.email, address: await requestAddress() };
    const before = await throttle.check(attempt);
    if (before.isBlocked) return fail({ code: "RATE_LIMITED", message: throttledMessage(before.retryAfterSeconds) });
    const result = await changePassword(db, user.id, input.currentPassword, input.newPassword);
    if (!result.ok) {
      if (result.reason === "no-such-user") return fail({ code: "UNAUTHENTICATED", message: msg("auth.sessionEnded") });
      const after = await countWrongPassword(db, throttle, attempt);
      if (after.isBlocked) return fail({ code: "RATE_LIMITED", message: throttledMessage(after.retryAfterSeconds) });
      return fail({ code: "VALIDATION", message: WRONG_CURRENT, fieldErrors: { currentPassword: [WRONG_CURRENT] } });
    }
    await throttle.recordSuccess(attempt);
    await audit("user.password.change", `user:${result.email}`);
    return ok({ email: result.email });
  },
});
