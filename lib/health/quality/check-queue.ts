import "server-only";
import { and, eq, lt, ne, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles, type FileProblem, type RecordingFileRow } from "@/lib/db/schema";
import { isMessage } from "@/lib/i18n/message";

/** A check that failed (not a problem of the file: ffmpeg, the network) is tried this often in all. */
export const MAX_CHECK_ATTEMPTS = 3;
/** VOD may list a file a moment before it serves it: asked again this often before giving up. */
export const MAX_NOT_SERVED_WAITS = 8;
/** A check still "running" after this long belongs to a process that died: queued again. */
export const STALE_RUNNING_MS = 30 * 60_000;

/** Backoff for a requeue: 30 s, 1 min, 2 min … up to 30 min. */
export const requeueDelayMs = (attempt: number): number =>
  Math.min(30 * 60_000, 30_000 * 2 ** Math.max(0, attempt - 1));

/**
 * Takes the oldest due file off the queue and marks it running, atomically: with two console
 * instances on one PostgreSQL database, `skip locked` gives each a different file.
 */
export async function claimNextCheck(db: Db, now: Date): Promise<RecordingFileRow | null> {
  const rows = await db
    .update(recordingFiles)
    .set({ checkStatus: "running", checkStartedAt: now, checkAttempts: sql`${recordingFiles.checkAttempts} + 1` })
    .where(
      sql`(${recordingFiles.sdkAppId}, ${recordingFiles.fileId}) in (
        select sdk_app_id, file_id from recording_files
        where check_status = 'queued' and check_queued_at <= ${now.toISOString()}::timestamptz
        order by check_queued_at limit 1 for update skip locked)`,
    )
    .returning();
  return rows[0] ?? null;
}

/** Checks left running by a process that stopped mid-check go back on the queue. */
export async function requeueStaleChecks(db: Db, now: Date): Promise<void> {
  await db
    .update(recordingFiles)
    .set({ checkStatus: "queued", checkQueuedAt: now })
    .where(
      and(
        eq(recordingFiles.checkStatus, "running"),
        lt(recordingFiles.checkStartedAt, new Date(now.getTime() - STALE_RUNNING_MS)),
      ),
    );
}

const keyOf = (row: Pick<RecordingFileRow, "sdkAppId" | "fileId">) =>
  and(eq(recordingFiles.sdkAppId, row.sdkAppId), eq(recordingFiles.fileId, row.fileId));

export async function storeCheckResult(
  db: Db,
  row: RecordingFileRow,
  result: { problems: FileProblem[]; measurements: Record<string, number | boolean | null>; cpuMs: number },
  now: Date,
): Promise<void> {
  await db
    .update(recordingFiles)
    .set({
      checkStatus: "done",
      checkFinishedAt: now,
      checkError: null,
      checkCpuMs: result.cpuMs,
      problems: result.problems,
      measurements: result.measurements,
    })
    .where(keyOf(row));
}

/**
 * A check that could not run: the file is not served yet (asked again later, up to
 * MAX_NOT_SERVED_WAITS tries), or it failed (tried up to MAX_CHECK_ATTEMPTS times, then left failed
 * with the reason).
 */
export async function storeCheckFailure(
  db: Db,
  row: RecordingFileRow,
  failure: { message: string; notYetServed: boolean; cpuMs: number },
  now: Date,
): Promise<"requeued" | "failed"> {
  const retry = row.checkAttempts < (failure.notYetServed ? MAX_NOT_SERVED_WAITS : MAX_CHECK_ATTEMPTS);
  await db
    .update(recordingFiles)
    .set({
      checkStatus: retry ? "queued" : "failed",
      checkQueuedAt: retry ? new Date(now.getTime() + requeueDelayMs(row.checkAttempts)) : row.checkQueuedAt,
      checkFinishedAt: retry ? null : now,
      // A message (`msg`) holds cut output already; cut, it could not be worded any more.
      checkError: isMessage(failure.message) ? failure.message : failure.message.slice(0, 1000),
      checkCpuMs: failure.cpuMs,
    })
    .where(keyOf(row));
  return retry ? "requeued" : "failed";
}

/**
 * "Check again": the file is due now with its attempts reset, so a check that used up its tries
 * runs again; the last run's times are cleared (the file page would show them as this run's). A
 * file being checked is left alone (false), as is one that is not registered.
 */
export async function requeueCheck(db: Db, sdkAppId: number, fileId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(recordingFiles)
    .set({
      checkStatus: "queued",
      checkQueuedAt: now,
      checkAttempts: 0,
      checkError: null,
      checkStartedAt: null,
      checkFinishedAt: null,
    })
    .where(and(keyOf({ sdkAppId, fileId }), ne(recordingFiles.checkStatus, "running")))
    .returning({ fileId: recordingFiles.fileId });
  return rows.length > 0;
}
