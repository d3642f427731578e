import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { consoleSettings } from "@/lib/db/schema";
import { DEFAULT_INBOX_RETENTION, type InboxRetention } from "@/lib/schemas/inbox-retention";

export interface InboxRetentionView extends InboxRetention {
  updatedByEmail: string | null;
  updatedAt: string | null;
}

/** The inbox's retention: the admin's, or the defaults (90 days verified, 7 refused) until one is set. */
export async function getInboxRetention(db: Db): Promise<InboxRetentionView> {
  const [row] = await db.select().from(consoleSettings).where(eq(consoleSettings.id, 1)).limit(1);
  if (!row) return { ...DEFAULT_INBOX_RETENTION, updatedByEmail: null, updatedAt: null };
  return {
    verifiedRetentionDays: row.verifiedRetentionDays,
    refusedRetentionDays: row.refusedRetentionDays,
    updatedByEmail: row.updatedByEmail,
    updatedAt: row.updatedAt.toISOString(),
  };
}
