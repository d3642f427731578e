import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";
import { msg } from "@/lib/i18n/message";
import { hasAnotherActiveAdmin, LAST_ADMIN_MESSAGE } from "@/lib/actions/users/last-admin-guard";
import { toUserDto, type UserResult } from "@/lib/users/types";

/** Disables or re-enables a user; the last active admin cannot be disabled. */
export async function setUserDisabled(db: Db, userId: string, disabled: boolean): Promise<UserResult> {
  return db.transaction(async (tx): Promise<UserResult> => {
    const [current] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!current) return { ok: false, error: { message: msg("users.errors.noSuchUser") } };
    const disablesAdmin = disabled && current.role === "admin" && current.disabledAt === null;
    if (disablesAdmin && !(await hasAnotherActiveAdmin(tx, userId))) {
      return { ok: false, error: { message: LAST_ADMIN_MESSAGE } };
    }
    const disabledAt = disabled ? (current.disabledAt ?? new Date()) : null;
    const [row] = await tx
      .update(users)
      .set({ disabledAt, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning();
    return row ? { ok: true, data: toUserDto(row) } : { ok: false, error: { message: msg("users.errors.noSuchUser") } };
  });
}
