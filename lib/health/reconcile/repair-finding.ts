import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { ActionResult } from "@/lib/actions/result";
import { fail, ok } from "@/lib/actions/result";
import type { Db } from "@/lib/db/open-database";
import { msg } from "@/lib/i18n/message";
import { reconciliationFindings, type ReconciliationFindingRow } from "@/lib/db/schema";
import { isFindingKind, REPAIR_OF } from "./finding-kinds";
import { resolveFinding } from "./store-findings";

/** Stops a recording by its console id: the Recording tasks page's own stop, so it is audited and checked the same. */
export type StopRecording = (recordingId: string) => Promise<ActionResult<unknown>>;

async function openFinding(db: Db, sdkAppId: number, id: number): Promise<ReconciliationFindingRow | null> {
  const [row] = await db
    .select()
    .from(reconciliationFindings)
    .where(
      and(
        eq(reconciliationFindings.id, id),
        eq(reconciliationFindings.sdkAppId, sdkAppId),
        isNull(reconciliationFindings.resolvedAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** What a person's repair resolved a finding by (stored as is: `reconciliation_findings.resolution`). */
export type Resolution = "recording stopped" | "acknowledged";

/**
 * Applies a finding's one repair and resolves it: an acknowledged file finding is just resolved;
 * an idle room's recording is stopped first (resolved only when the stop went through).
 */
export async function repairFinding(
  db: Db,
  input: { sdkAppId: number; findingId: number; email: string },
  stopRecording: StopRecording,
): Promise<ActionResult<{ findingId: number; resolution: Resolution }>> {
  const finding = await openFinding(db, input.sdkAppId, input.findingId);
  if (!finding)
    return fail({
      code: "NOT_FOUND",
      message: msg("health.findings.errors.notOpen"),
    });
  if (!isFindingKind(finding.kind))
    return fail({ code: "CONFLICT", message: msg("health.findings.errors.noRepair", { kind: finding.kind }) });
  const action = REPAIR_OF[finding.kind];
  if (action === "none") return fail({ code: "CONFLICT", message: msg("health.findings.errors.repairsItself") });
  if (action === "stop_recording") {
    const stopped = await stopRecording(finding.subject);
    if (!stopped.ok) return stopped;
  }
  const resolution: Resolution = action === "stop_recording" ? "recording stopped" : "acknowledged";
  if (!(await resolveFinding(db, input.sdkAppId, finding.id, resolution, input.email)))
    return fail({ code: "CONFLICT", message: msg("health.findings.errors.resolvedMeanwhile") });
  return ok({ findingId: finding.id, resolution });
}
