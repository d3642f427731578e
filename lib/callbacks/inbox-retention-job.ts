import "server-only";
import type { Db } from "@/lib/db/open-database";
import { pruneInbox } from "./prune-inbox";

/** Retention counts in days; an hourly pass keeps the inbox within an hour of it. */
export const PRUNE_INTERVAL_MS = 60 * 60_000;

const holder = globalThis as typeof globalThis & { __inboxRetentionJob?: NodeJS.Timeout };

async function pruneAndReport(db: Db): Promise<void> {
  try {
    const deleted = await pruneInbox(db, new Date());
    if (deleted.verified + deleted.refused > 0)
      console.log(
        `[callbacks] retention: deleted ${deleted.verified} verified events and ${deleted.refused} refusal groups`,
      );
  } catch (error) {
    console.error("[callbacks] retention: pruning the inbox failed; it is tried again within the hour:", error);
  }
}

/**
 * Prunes the inbox now and every hour in this process (once per process: dev reloads do not add
 * timers). Every instance on a shared database may run it: the deletes are idempotent.
 */
export function startInboxRetentionJob(db: Db): void {
  if (holder.__inboxRetentionJob) return;
  void pruneAndReport(db);
  holder.__inboxRetentionJob = setInterval(() => void pruneAndReport(db), PRUNE_INTERVAL_MS);
  holder.__inboxRetentionJob.unref();
}
