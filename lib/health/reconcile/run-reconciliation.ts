import "server-only";
import { eq } from "drizzle-orm";
import { CloudError } from "@/lib/cloud/errors";
import { reconciliationRuns } from "@/lib/db/schema";
import { msg } from "@/lib/i18n/message";
import type { Finding, FindingKind } from "./finding-kinds";
import { findTaskMismatches } from "./find-task-mismatches";
import { findUnannouncedFiles } from "./find-unannounced-files";
import { findVanishedFiles } from "./find-vanished-files";
import type { ReconcileContext } from "./reconcile-context";
import { resolveNoLongerFound, storeFindings } from "./store-findings";

/** Each pass looks back this far: a file or callback late by hours is still matched. */
export const RECONCILE_PERIOD_MS = 24 * 60 * 60_000;

export interface RunSummary {
  runId: number;
  findings: number;
  /** The checks that could not run, as messages (`msg`); their earlier findings stay open. */
  errors: string[];
}

interface Check {
  /** The check's name as a message, for its error. */
  name: string;
  kinds: FindingKind[];
  run: () => Promise<Finding[]>;
}

/** The run's errors as one stored message (one after the other), so each stays translatable. */
const joinedErrors = (errors: readonly string[]): string =>
  errors.reduce((first, next) => msg("health.findings.checks.joined", { first, next }));

async function finishRun(
  context: Pick<ReconcileContext, "db">,
  runId: number,
  findings: number,
  errors: string[],
): Promise<void> {
  await context.db
    .update(reconciliationRuns)
    .set({ finishedAt: new Date(), findings, error: errors.length > 0 ? joinedErrors(errors) : null })
    .where(eq(reconciliationRuns.id, runId));
}

/**
 * One reconciliation pass of one app over the last 24 hours: VOD's files against the callbacks,
 * the callbacks' files against VOD, the console's running recordings against the cloud. Safe to
 * overlap with another instance's pass: files are inserted with on-conflict-do-nothing, findings
 * upserted on their one-open-per-subject index, tasks ended only while still shown active.
 */
export async function runReconciliation(
  context: Omit<ReconcileContext, "periodStart" | "periodEnd">,
  trigger: { kind: "schedule" | "manual"; email: string | null },
  now: Date = new Date(),
): Promise<RunSummary> {
  const full: ReconcileContext = {
    ...context,
    periodStart: new Date(now.getTime() - RECONCILE_PERIOD_MS),
    periodEnd: now,
  };
  const [run] = await context.db
    .insert(reconciliationRuns)
    .values({
      sdkAppId: context.sdkAppId,
      trigger: trigger.kind,
      requestedByEmail: trigger.email,
      periodStart: full.periodStart,
      periodEnd: full.periodEnd,
    })
    .returning({ id: reconciliationRuns.id });
  if (!run) throw new Error("The reconciliation run could not be recorded.");

  const checks: Check[] = [
    {
      name: msg("health.findings.checks.vodFiles"),
      kinds: ["unannounced_file"],
      run: () => findUnannouncedFiles(full),
    },
    {
      name: msg("health.findings.checks.announcedFiles"),
      kinds: ["vanished_file"],
      run: () => findVanishedFiles(full),
    },
    {
      name: msg("health.findings.checks.runningRecordings"),
      kinds: ["idle_room_recording"],
      run: () => findTaskMismatches(full, now),
    },
  ];
  const errors: string[] = [];
  let count = 0;
  for (const check of checks) {
    try {
      const findings = await check.run();
      await storeFindings(context.db, context.sdkAppId, run.id, findings);
      await resolveNoLongerFound(context.db, context.sdkAppId, check.kinds, findings);
      count += findings.length;
    } catch (error) {
      // A cloud failure stops one check; anything else is a bug: the run records it and rethrows.
      const reason = error instanceof Error ? error.message : String(error);
      errors.push(msg("health.findings.checks.failed", { check: check.name, reason }));
      if (!(error instanceof CloudError)) {
        await finishRun(context, run.id, count, errors);
        throw error;
      }
    }
  }
  await finishRun(context, run.id, count, errors);
  return { runId: run.id, findings: count, errors };
}
