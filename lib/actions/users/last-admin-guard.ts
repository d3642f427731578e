import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";
import { msg } from "@/lib/i18n/message";

type Transaction = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * True when some other active admin exists. Locks the admin rows, so two admins demoting each
 * other at the same moment cannot both succeed and leave the console without an admin.
 */
export async function hasAnotherActiveAdmin(tx: Transaction, userId: string): Promise<boolean> {
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt), ne(users.id, userId)))
    .for("update");
  return others.length > 0;
}

export const LAST_ADMIN_MESSAGE = msg("users.errors.lastAdmin");
