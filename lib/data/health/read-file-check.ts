import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles, type RecordingFileRow } from "@/lib/db/schema";

export type FileCheck = Pick<
  RecordingFileRow,
  | "checkStatus"
  | "checkQueuedAt"
  | "checkStartedAt"
  | "checkFinishedAt"
  | "checkAttempts"
  | "checkError"
  | "checkCpuMs"
  | "problems"
>;

/** The quality check of one file of the app; null when the console never registered the file. */
export async function readFileCheck(db: Db, sdkAppId: number, fileId: string): Promise<FileCheck | null> {
  const [row] = await db
    .select()
    .from(recordingFiles)
    .where(and(eq(recordingFiles.sdkAppId, sdkAppId), eq(recordingFiles.fileId, fileId)))
    .limit(1);
  return row ?? null;
}
