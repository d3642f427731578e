import "server-only";
import type { Db } from "@/lib/db/open-database";
import { readRecordingFile } from "./read-recording-file";

export interface FileTimes {
  endedAt: Date | null;
  vodCreatedAt: Date | null;
  firstCallbackAt: Date | null;
  discoveredBy: string | null;
}

/** What the console recorded of a file's arrival; nulls when it never registered the file. */
export async function readFileTimes(db: Db, sdkAppId: number, fileId: string): Promise<FileTimes> {
  const row = await readRecordingFile(db, sdkAppId, fileId);
  return {
    endedAt: row?.endedAt ?? null,
    vodCreatedAt: row?.vodCreatedAt ?? null,
    firstCallbackAt: row?.firstCallbackAt ?? null,
    discoveredBy: row?.discoveredBy ?? null,
  };
}
