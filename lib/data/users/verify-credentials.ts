import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";
import { toSessionUser, type SessionUser } from "@/lib/users/types";

// Compared against when the e-mail is unknown, so that an unknown e-mail and a wrong password
// take the same time and the login form does not reveal which e-mails exist.
let unknownUserHash: Promise<string> | undefined;

/** The active user with this e-mail and password, or null (unknown, wrong password or disabled). */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<SessionUser | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).limit(1);
  const matches = await verifyPassword(
    password,
    row?.passwordHash ?? (await (unknownUserHash ??= hashPassword(randomUUID()))),
  );
  if (!row || !matches || row.disabledAt !== null) return null;
  return toSessionUser(row);
}
