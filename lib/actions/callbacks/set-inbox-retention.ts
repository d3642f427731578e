import "server-only";
import type { Db } from "@/lib/db/open-database";
import { consoleSettings } from "@/lib/db/schema";
import type { InboxRetention } from "@/lib/schemas/inbox-retention";

/** Stores the admin's retention over the defaults (one row, id 1). */
export async function setInboxRetention(db: Db, retention: InboxRetention, byEmail: string): Promise<void> {
  const values = { ...retention, updatedByEmail: byEmail, updatedAt: new Date() };
  await db
    .insert(consoleSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: consoleSettings.id, set: values });
}
