import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { consoleSettings, type RecordingFileRow } from "@/lib/db/schema";
import { onFileRegistered } from "@/lib/health/file-registered";
import { msg } from "@/lib/i18n/message";
import { checkFile, QualityCheckError } from "./check-file";
import { claimNextCheck, requeueStaleChecks, storeCheckFailure, storeCheckResult } from "./check-queue";
import { effectiveThresholds } from "./thresholds";

/** How often the queue is looked at without a hint (files due after a backoff, other instances' files). */
export const CHECK_POLL_MS = 30_000;

/**
 * CPU a check may use: 30 s plus 0.2 s per second of the recording. bench/health measured 17–19
 * CPU ms per second of 720p media (62–70 s for an hour), so an hour's 750 s leaves 10× for larger
 * pictures and a busy decoder, while a file that decodes pathologically cannot hold the queue long.
 */
export const cpuBudgetSec = (coveredSec: number | null): number =>
  Math.min(3600, 30 + 0.2 * Math.max(0, coveredSec ?? 3600));

export interface CheckWorkerDeps {
  db: Db;
  /** Where the file is read from; null when VOD does not list it. */
  mediaUrlOf: (row: RecordingFileRow) => Promise<string | null>;
  now?: () => Date;
}

const coveredSecOf = (row: RecordingFileRow): number | null =>
  row.startedAt && row.endedAt ? Math.max(0, (row.endedAt.getTime() - row.startedAt.getTime()) / 1000) : null;

/** Checks one claimed file and stores what came of it. */
async function checkClaimed(deps: CheckWorkerDeps, row: RecordingFileRow): Promise<void> {
  const now = deps.now ?? (() => new Date());
  try {
    const url = await deps.mediaUrlOf(row);
    if (url === null) {
      await storeCheckFailure(
        deps.db,
        row,
        { message: msg("health.quality.errors.notListed"), notYetServed: true, cpuMs: 0 },
        now(),
      );
      return;
    }
    const [settings] = await deps.db.select().from(consoleSettings).where(eq(consoleSettings.id, 1)).limit(1);
    const coveredSec = coveredSecOf(row);
    const result = await checkFile(url, effectiveThresholds(settings?.qualityThresholds), {
      cpuBudgetSec: cpuBudgetSec(coveredSec),
      coveredSec,
    });
    await storeCheckResult(deps.db, row, result, now());
  } catch (error) {
    const failure =
      error instanceof QualityCheckError
        ? { message: error.message, notYetServed: error.notYetServed, cpuMs: error.cpuMs }
        : { message: error instanceof Error ? error.message : String(error), notYetServed: false, cpuMs: 0 };
    await storeCheckFailure(deps.db, row, failure, now());
  }
}

/**
 * Drains the queue one file at a time (the checks' ffmpeg runs niced, one thread: a recording
 * machine's CPU stays with the recordings). Resolves when nothing is due.
 */
export async function drainChecks(deps: CheckWorkerDeps): Promise<number> {
  const now = deps.now ?? (() => new Date());
  await requeueStaleChecks(deps.db, now());
  let checked = 0;
  for (;;) {
    const row = await claimNextCheck(deps.db, now());
    if (!row) return checked;
    await checkClaimed(deps, row);
    checked += 1;
  }
}

const holder = globalThis as typeof globalThis & { __qualityWorker?: { timer: NodeJS.Timeout } };

/**
 * Runs the checks in this process: on a timer, and at once when a callback registers a file. One
 * drain at a time; a hint during a drain makes it look once more.
 */
export function startQualityCheckWorker(deps: CheckWorkerDeps): void {
  if (holder.__qualityWorker) return;
  let draining: Promise<void> | null = null;
  let again = false;
  const kick = (): void => {
    if (draining) {
      again = true;
      return;
    }
    draining = drainChecks(deps)
      .then(() => undefined)
      .catch((error: unknown) => console.error("[quality] the check queue could not be read; tried again soon:", error))
      .finally(() => {
        draining = null;
        if (again) {
          again = false;
          kick();
        }
      });
  };
  onFileRegistered(kick);
  const timer = setInterval(kick, CHECK_POLL_MS);
  timer.unref();
  holder.__qualityWorker = { timer };
  kick();
}
