import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles } from "@/lib/db/schema";

/**
 * Notes when a recording of the app was first played in the console: only the first time counts
 * (later plays keep it). Only a file the console already knows (from a callback or reconciliation)
 * is marked; an unknown FileId adds no row, since a row would claim a recording the console never
 * saw made. Returns whether this call set the time.
 */
export async function markFirstPlayed(db: Db, sdkAppId: number, fileId: string, at = new Date()): Promise<boolean> {
  const updated = await db
    .update(recordingFiles)
    .set({ firstPlayedAt: at })
    .where(
      and(
        eq(recordingFiles.sdkAppId, sdkAppId),
        eq(recordingFiles.fileId, fileId),
        isNull(recordingFiles.firstPlayedAt),
      ),
    )
    .returning({ fileId: recordingFiles.fileId });
  return updated.length > 0;
}
