import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { msg } from "@/lib/i18n/message";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: msg("users.errors.email") }));

export const loginSchema = z.object({
  email,
  password: z.string().min(1, msg("users.errors.passwordEmpty")),
});

const role = z.enum(ROLES, { error: msg("users.errors.role") });

// bcrypt only looks at the first 72 bytes; a longer password would silently be truncated.
const password = z.string().min(8, msg("users.errors.passwordTooShort")).max(72, msg("users.errors.passwordTooLong"));

export const createUserSchema = z.object({
  email,
  name: z.string().trim().min(1, msg("users.errors.nameEmpty")).max(100, msg("users.errors.nameTooLong")),
  password,
  role,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

const userId = z.uuid({ error: msg("users.errors.notUserId") });

export const changeUserRoleSchema = z.object({ userId, role });

export const setUserDisabledSchema = z.object({ userId, disabled: z.boolean() });

/** A user changing their own password: the current one proves it is them, not a left-open session. */
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, msg("users.errors.currentPasswordEmpty"))
      .max(200, msg("users.errors.wrongCurrentPassword")),
    newPassword: password,
    confirmPassword: z.string(),
  })
  .refine((values) => values.confirmPassword === values.newPassword, {
    path: ["confirmPassword"],
    error: msg("users.errors.passwordsDiffer"),
  })
  .refine((values) => values.newPassword !== values.currentPassword, {
    path: ["newPassword"],
    error: msg("users.errors.samePassword"),
  });
export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordSchema>;

export const resetUserPasswordSchema = z.object({ userId });
