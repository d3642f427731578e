import "server-only";
import type { Db } from "@/lib/db/open-database";
import type { RecordingFileRow } from "@/lib/db/schema";
import { readRecordingFile } from "./read-recording-file";

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
  return readRecordingFile(db, sdkAppId, fileId);
}
