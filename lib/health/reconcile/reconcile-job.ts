import "server-only";
import type { Db } from "@/lib/db/open-database";
import { reconcileAllApplications } from "./reconcile-application";

/** Often enough that a lost callback or a stuck task shows within minutes; each pass is a few cloud reads per app. */
export const RECONCILE_INTERVAL_MS = 5 * 60_000;

const holder = globalThis as typeof globalThis & { __reconcileJob?: NodeJS.Timeout; __reconcileRunning?: boolean };

async function passAndReport(db: Db): Promise<void> {
  // A pass slower than the interval is not stacked on in this process (other instances may overlap: that is safe).
  if (holder.__reconcileRunning) return;
  holder.__reconcileRunning = true;
  try {
    await reconcileAllApplications(db);
  } catch (error) {
    console.error("[reconcile] the pass failed; the next one runs in 5 minutes:", error);
  } finally {
    holder.__reconcileRunning = false;
  }
}

/**
 * Reconciles every app every 5 minutes in this process (once per process: dev reloads add no
 * timer). The first pass waits one interval so startup makes no cloud calls.
 */
export function startReconcileJob(db: Db): void {
  if (holder.__reconcileJob) return;
  holder.__reconcileJob = setInterval(() => void passAndReport(db), RECONCILE_INTERVAL_MS);
  holder.__reconcileJob.unref();
}
