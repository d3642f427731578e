import "server-only";
import { and, eq, isNull, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { reconciliationFindings } from "@/lib/db/schema";
import type { Finding, FindingKind } from "./finding-kinds";

/** What resolves a finding a later pass no longer finds. */
export const NO_LONGER_FOUND = "no longer found";

/**
 * Stores a pass's findings: one open finding per kind and subject (the partial unique index), so
 * passes of several instances at once update the same row instead of adding one each. A finding
 * the pass repaired itself is inserted resolved.
 */
export async function storeFindings(
  db: Db,
  sdkAppId: number,
  runId: number,
  findings: readonly Finding[],
): Promise<void> {
  const now = new Date();
  for (const finding of findings) {
    const row = { sdkAppId, kind: finding.kind, subject: finding.subject, details: finding.details };
    if (finding.resolvedBy) {
      await db
        .insert(reconciliationFindings)
        .values({ ...row, firstRunId: runId, lastRunId: runId, resolvedAt: now, resolution: finding.resolvedBy });
      continue;
    }
    await db
      .insert(reconciliationFindings)
      .values({ ...row, firstRunId: runId, lastRunId: runId })
      .onConflictDoUpdate({
        target: [reconciliationFindings.sdkAppId, reconciliationFindings.kind, reconciliationFindings.subject],
        targetWhere: sql`${reconciliationFindings.resolvedAt} is null`,
        set: { details: finding.details, lastRunId: runId },
      });
  }
}

/** Resolves the open findings of these kinds that this pass (which checked them all) did not find again. */
export async function resolveNoLongerFound(
  db: Db,
  sdkAppId: number,
  kinds: readonly FindingKind[],
  found: readonly Finding[],
): Promise<void> {
  for (const kind of kinds) {
    const subjects = found.filter((finding) => finding.kind === kind).map((finding) => finding.subject);
    await db
      .update(reconciliationFindings)
      .set({ resolvedAt: new Date(), resolution: NO_LONGER_FOUND })
      .where(
        and(
          eq(reconciliationFindings.sdkAppId, sdkAppId),
          eq(reconciliationFindings.kind, kind),
          isNull(reconciliationFindings.resolvedAt),
          subjects.length > 0 ? notInArray(reconciliationFindings.subject, subjects) : undefined,
        ),
      );
  }
}

/** Resolves one open finding by a person's repair; false when it was not open (already resolved). */
export async function resolveFinding(
  db: Db,
  sdkAppId: number,
  id: number,
  resolution: string,
  email: string,
): Promise<boolean> {
  const updated = await db
    .update(reconciliationFindings)
    .set({ resolvedAt: new Date(), resolution, resolvedByEmail: email })
    .where(
      and(
        eq(reconciliationFindings.id, id),
        eq(reconciliationFindings.sdkAppId, sdkAppId),
        isNull(reconciliationFindings.resolvedAt),
      ),
    )
    .returning({ id: reconciliationFindings.id });
  return updated.length > 0;
}
