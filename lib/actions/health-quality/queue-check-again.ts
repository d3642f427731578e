import "server-only";
import { and, eq } from "drizzle-orm";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles, type RecordingFileRow } from "@/lib/db/schema";
import { requeueCheck } from "@/lib/health/quality/check-queue";
import { msg } from "@/lib/i18n/message";

const BEING_CHECKED = msg("health.quality.errors.beingChecked");

/**
 * Puts one file of the app back on the quality-check queue, due now with its attempts reset (so a
 * check that failed its last try runs again). A file being checked is refused rather than checked
 * twice at once; the caller wakes the worker.
 */
export async function queueCheckAgain(
  db: Db,
  sdkAppId: number,
  fileId: string,
  now: Date,
): Promise<ActionResult<{ fileId: string; previousStatus: RecordingFileRow["checkStatus"] }>> {
  const [row] = await db
    .select({ checkStatus: recordingFiles.checkStatus })
    .from(recordingFiles)
    .where(and(eq(recordingFiles.sdkAppId, sdkAppId), eq(recordingFiles.fileId, fileId)))
    .limit(1);
  if (!row) {
    return fail({
      code: "NOT_FOUND",
      message: msg("health.quality.errors.notChecked", { fileId, sdkAppId: String(sdkAppId) }),
    });
  }
  if (row.checkStatus === "running") return fail({ code: "CONFLICT", message: BEING_CHECKED });
  // The worker may have claimed it since the read: requeueCheck leaves a running check alone.
  if (!(await requeueCheck(db, sdkAppId, fileId, now))) return fail({ code: "CONFLICT", message: BEING_CHECKED });
  return ok({ fileId, previousStatus: row.checkStatus });
}
