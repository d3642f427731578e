import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles } from "@/lib/db/schema";
import { fileHealthOf, type FileHealth } from "@/lib/health/quality/file-health";

/** The quality badges of a library page's files, in one query; a file never registered has none. */
export async function readFileHealths(
  db: Db,
  sdkAppId: number,
  fileIds: readonly string[],
): Promise<Map<string, FileHealth>> {
  if (fileIds.length === 0) return new Map();
  const rows = await db
    .select({
      fileId: recordingFiles.fileId,
      checkStatus: recordingFiles.checkStatus,
      problems: recordingFiles.problems,
    })
    .from(recordingFiles)
    .where(and(eq(recordingFiles.sdkAppId, sdkAppId), inArray(recordingFiles.fileId, [...fileIds])));
  return new Map(rows.map((row) => [row.fileId, fileHealthOf(row)]));
}
