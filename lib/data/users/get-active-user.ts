import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";
import { toSessionUser, type SessionUser } from "@/lib/users/types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The user behind a session, as the database has them now; null if gone or disabled. */
export async function getActiveUser(db: Db, id: string): Promise<SessionUser | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)))
    .limit(1);
  return row ? toSessionUser(row) : null;
}
