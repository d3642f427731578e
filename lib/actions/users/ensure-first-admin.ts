import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";
import { createUser } from "@/lib/actions/users/create-user-row";
import { generatePassword } from "@/lib/users/generate-password";

export const LOCAL_DEFAULT_ADMIN_EMAIL = "admin@example.com";

export type FirstAdminResult =
  { created: false } | { created: true; email: string; generatedPassword: string | undefined };

export async function hasAnyUser(db: Db): Promise<boolean> {
  const [count] = await db.select({ value: sql<number>`count(*)::int` }).from(users);
  return (count?.value ?? 0) > 0;
}

/**
 * A console with no user at all gets one admin: from ADMIN_EMAIL/ADMIN_PASSWORD, or in local mode
 * `admin@example.com` with a random password for the caller to print once. With Tencent
 * credentials and no ADMIN_* the console stays empty rather than invent a password for production.
 */
export async function ensureFirstAdmin(
  db: Db,
  options: { firstAdmin: { email: string; password: string } | undefined; isLocalMode: boolean },
): Promise<FirstAdminResult> {
  if (await hasAnyUser(db)) return { created: false };
  const generatedPassword = options.firstAdmin ? undefined : generatePassword();
  const email = options.firstAdmin?.email ?? (options.isLocalMode ? LOCAL_DEFAULT_ADMIN_EMAIL : undefined);
  const password = options.firstAdmin?.password ?? generatedPassword;
  if (!email || !password) return { created: false };
  const result = await createUser(db, { email, name: "Administrator", password, role: "admin" });
  // Another process may have created the first user at the same moment; that is fine.
  if (!result.ok) return { created: false };
  return { created: true, email: result.data.email, generatedPassword };
}
