import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { ActionResult } from "@/lib/actions/result";
import { fail, ok } from "@/lib/actions/result";
import type { Db } from "@/lib/db/open-database";
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

/**
 * Applies a finding's one repair and resolves it: an acknowledged file finding is just resolved;
 * an idle room's recording is stopped first (resolved only when the stop went through).
 */
export async function repairFinding(
  db: Db,
  input: { sdkAppId: number; findingId: number; email: string },
  stopRecording: StopRecording,
): Promise<ActionResult<{ findingId: number; resolution: string }>> {
  const finding = await openFinding(db, input.sdkAppId, input.findingId);
  if (!finding)
    return fail({
      code: "NOT_FOUND",
      message: "This finding is not open any more: a repair or a later run resolved it.",
    });
  if (!isFindingKind(finding.kind))
    return fail({ code: "CONFLICT", message: `Finding kind ${finding.kind} has no repair in this console version.` });
  const action = REPAIR_OF[finding.kind];
  if (action === "none") return fail({ code: "CONFLICT", message: "Reconciliation repairs this finding itself." });
  if (action === "stop_recording") {
    const stopped = await stopRecording(finding.subject);
    if (!stopped.ok) return stopped;
  }
  const resolution = action === "stop_recording" ? "recording stopped" : "acknowledged";
  if (!(await resolveFinding(db, input.sdkAppId, finding.id, resolution, input.email)))
    return fail({ code: "CONFLICT", message: "Another repair or run resolved this finding meanwhile." });
  return ok({ findingId: finding.id, resolution });
}
