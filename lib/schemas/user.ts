import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an e-mail address such as ops@example.com." }));

export const loginSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password."),
});

const role = z.enum(ROLES, { error: `Choose a role: ${ROLES.join(", ")}.` });

// bcrypt only looks at the first 72 bytes; a longer password would silently be truncated.
const password = z
  .string()
  .min(8, "A password has at least 8 characters.")
  .max(72, "A password has at most 72 characters.");

export const createUserSchema = z.object({
  email,
  name: z.string().trim().min(1, "Enter a name.").max(100, "A name has at most 100 characters."),
  password,
  role,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

const userId = z.uuid({ error: "Not a user id." });

export const changeUserRoleSchema = z.object({ userId, role });

export const setUserDisabledSchema = z.object({ userId, disabled: z.boolean() });

/** A user changing their own password: the current one proves it is them, not a left-open session. */
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200, "That is not your current password."),
    newPassword: password,
    confirmPassword: z.string(),
  })
  .refine((values) => values.confirmPassword === values.newPassword, {
    path: ["confirmPassword"],
    error: "The two new passwords differ.",
  })
  .refine((values) => values.newPassword !== values.currentPassword, {
    path: ["newPassword"],
    error: "Choose a password other than the current one.",
  });
export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordSchema>;

export const resetUserPasswordSchema = z.object({ userId });
