import "server-only";
import type { Db } from "@/lib/db/open-database";
import { auditLog } from "@/lib/db/schema";

export interface AuditEntry {
  actor: { id: string | null; email: string };
  action: string;
  target: string;
  detail?: Record<string, unknown>;
}

/** Who did what, kept for admins. Never pass secrets in `detail`. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: entry.actor.id,
    actorEmail: entry.actor.email,
    action: entry.action,
    target: entry.target,
    detail: entry.detail ?? null,
  });
}
