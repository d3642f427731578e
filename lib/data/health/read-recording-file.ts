import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles, type RecordingFileRow } from "@/lib/db/schema";

/**
 * The console's row of one file of the app, or null when it never registered the file. Cached
 * for the request: the recording page's cards each read it, and the database answers once.
 */
export const readRecordingFile = cache(async (db: Db, sdkAppId: number, fileId: string) => {
  const [row] = await db
    .select()
    .from(recordingFiles)
    .where(and(eq(recordingFiles.sdkAppId, sdkAppId), eq(recordingFiles.fileId, fileId)))
    .limit(1);
  return (row ?? null) satisfies RecordingFileRow | null;
});
