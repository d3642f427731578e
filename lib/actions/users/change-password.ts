import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";

export type ChangePasswordResult =
  { ok: true; email: string } | { ok: false; reason: "wrong-current-password" | "no-such-user" };

/** Sets an active user's own password, once their current one is confirmed. */
export async function changePassword(
  db: Db,
  userId: string,
  currentPassword: string,
  newPassword: string,
): Promise<ChangePasswordResult> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)))
    .limit(1);
  if (!row) return { ok: false, reason: "no-such-user" };
  if (!(await verifyPassword(currentPassword, row.passwordHash)))
    return { ok: false, reason: "wrong-current-password" };
  const passwordHash = await hashPassword(newPassword);
  // Only if the hash is still the one just checked: two changes at once cannot both win unseen.
  const [updated] = await db
    .update(users)
    .set({ passwordHash, updatedAt: new Date() })
    .where(and(eq(users.id, userId), eq(users.passwordHash, row.passwordHash)))
    .returning({ email: users.email });
  return updated ? { ok: true, email: updated.email } : { ok: false, reason: "wrong-current-password" };
}
