import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";
import { msg } from "@/lib/i18n/message";
import { toUserDto, type UserResult } from "@/lib/users/types";

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
}

/** Adds a user; a taken e-mail (in any letter case) is refused with a message, not an exception. */
export async function createUser(db: Db, input: NewUser): Promise<UserResult> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(users)
    .values({ email, name: input.name.trim(), passwordHash, role: input.role })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!row) return { ok: false, error: { message: msg("users.errors.emailTaken", { email }) } };
  return { ok: true, data: toUserDto(row) };
}
