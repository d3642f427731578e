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

export const createUserSchema = z.object({
  email,
  name: z.string().trim().min(1, "Enter a name.").max(100, "A name has at most 100 characters."),
  // bcrypt only looks at the first 72 bytes; a longer password would silently be truncated.
  password: z.string().min(8, "A password has at least 8 characters.").max(72, "A password has at most 72 characters."),
  role,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

const userId = z.uuid({ error: "Not a user id." });

export const changeUserRoleSchema = z.object({ userId, role });

export const setUserDisabledSchema = z.object({ userId, disabled: z.boolean() });
