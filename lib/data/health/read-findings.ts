import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { reconciliationFindings, reconciliationRuns } from "@/lib/db/schema";
import { isFindingKind, REPAIR_OF, type RepairAction } from "@/lib/health/reconcile/finding-kinds";
import { msg } from "@/lib/i18n/message";

export interface FindingDto {
  id: number;
  /** A FindingKind, or a kind of a later console version (shown as it is). */
  kind: string;
  /** What was found, as a message (`msg`); a kind this version does not know is shown as it is. */
  title: string;
  subject: string;
  details: Record<string, unknown>;
  foundAt: string;
  repair: RepairAction;
}

export interface RunDto {
  id: number;
  trigger: string;
  requestedByEmail: string | null;
  startedAt: string;
  finishedAt: string | null;
  findings: number | null;
  error: string | null;
}

/** The app's open findings (newest first) and its last runs. */
export async function readFindings(db: Db, sdkAppId: number): Promise<{ open: FindingDto[]; runs: RunDto[] }> {
  const [open, runs] = await Promise.all([
    db
      .select()
      .from(reconciliationFindings)
      .where(and(eq(reconciliationFindings.sdkAppId, sdkAppId), isNull(reconciliationFindings.resolvedAt)))
      .orderBy(desc(reconciliationFindings.foundAt))
      .limit(200),
    db
      .select()
      .from(reconciliationRuns)
      .where(eq(reconciliationRuns.sdkAppId, sdkAppId))
      .orderBy(desc(reconciliationRuns.startedAt))
      .limit(10),
  ]);
  return {
    open: open.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: isFindingKind(row.kind) ? msg(`health.findings.kinds.${row.kind}`) : row.kind,
      subject: row.subject,
      details: row.details,
      foundAt: row.foundAt.toISOString(),
      repair: isFindingKind(row.kind) ? REPAIR_OF[row.kind] : "none",
    })),
    runs: runs.map((row) => ({
      id: row.id,
      trigger: row.trigger,
      requestedByEmail: row.requestedByEmail,
      startedAt: row.startedAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
      findings: row.findings,
      error: row.error,
    })),
  };
}
