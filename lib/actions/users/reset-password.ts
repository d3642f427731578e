import "server-only";
import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";
import { msg } from "@/lib/i18n/message";
import { generatePassword } from "@/lib/users/generate-password";
import { toUserDto, type UserDto } from "@/lib/users/types";

export type ResetPasswordResult = { ok: true; user: UserDto; password: string } | { ok: false; message: string };

/**
 * Gives a user a new generated password, for the admin to pass on. It is returned once and never
 * stored in clear; resetting one's own is refused (a change needs the current password instead).
 */
export async function resetPassword(db: Db, userId: string, byUserId: string): Promise<ResetPasswordResult> {
  if (userId === byUserId) return { ok: false, message: msg("users.errors.resetOwnPassword") };
  const password = generatePassword();
  const [row] = await db
    .update(users)
    .set({ passwordHash: await hashPassword(password), updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning();
  return row ? { ok: true, user: toUserDto(row), password } : { ok: false, message: msg("users.errors.noSuchUser") };
}
