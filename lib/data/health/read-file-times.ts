import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles } from "@/lib/db/schema";

export interface FileTimes {
  endedAt: Date | null;
  vodCreatedAt: Date | null;
  firstCallbackAt: Date | null;
  discoveredBy: string | null;
}

/** What the console recorded of a file's arrival; nulls when it never registered the file. */
export async function readFileTimes(db: Db, sdkAppId: number, fileId: string): Promise<FileTimes> {
  const [row] = await db
    .select()
    .from(recordingFiles)
    .where(and(eq(recordingFiles.sdkAppId, sdkAppId), eq(recordingFiles.fileId, fileId)))
    .limit(1);
  return {
    endedAt: row?.endedAt ?? null,
    vodCreatedAt: row?.vodCreatedAt ?? null,
    firstCallbackAt: row?.firstCallbackAt ?? null,
    discoveredBy: row?.discoveredBy ?? null,
  };
}
