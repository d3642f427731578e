import "server-only";
import { eq } from "drizzle-orm";
import type { Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";
import { msg } from "@/lib/i18n/message";
import { hasAnotherActiveAdmin, LAST_ADMIN_MESSAGE } from "@/lib/actions/users/last-admin-guard";
import { toUserDto, type UserResult } from "@/lib/users/types";

/** Gives a user another role; the last active admin keeps theirs. */
export async function changeUserRole(db: Db, userId: string, role: Role): Promise<UserResult> {
  return db.transaction(async (tx): Promise<UserResult> => {
    const [current] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!current) return { ok: false, error: { message: msg("users.errors.noSuchUser") } };
    const losesAdmin = current.role === "admin" && role !== "admin" && current.disabledAt === null;
    if (losesAdmin && !(await hasAnotherActiveAdmin(tx, userId)))
      return { ok: false, error: { message: LAST_ADMIN_MESSAGE } };
    const [row] = await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId)).returning();
    return row ? { ok: true, data: toUserDto(row) } : { ok: false, error: { message: msg("users.errors.noSuchUser") } };
  });
}
