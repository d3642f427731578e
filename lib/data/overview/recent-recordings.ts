import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles } from "@/lib/db/schema";

export interface RecentRecording {
  fileId: string;
  roomId: string | null;
  userId: string | null;
  format: string | null;
  /** When it was made (its end, else when VOD had it, else when the console learned of it). */
  at: string;
  hasProblems: boolean;
}

/** How many the Overview lists: enough to see that recording works, the Recordings page has the rest. */
const RECENT_LIMIT = 5;

/** The app's newest recordings the console knows of (recording_files), newest first. */
export async function readRecentRecordings(db: Db, sdkAppId: number): Promise<RecentRecording[]> {
  const madeAt = sql<
    Date | string
  >`coalesce(${recordingFiles.endedAt}, ${recordingFiles.vodCreatedAt}, ${recordingFiles.discoveredAt})`;
  const rows = await db
    .select({
      fileId: recordingFiles.fileId,
      roomId: recordingFiles.roomId,
      userId: recordingFiles.userId,
      format: recordingFiles.format,
      at: madeAt,
      problems: recordingFiles.problems,
    })
    .from(recordingFiles)
    .where(eq(recordingFiles.sdkAppId, sdkAppId))
    .orderBy(desc(madeAt))
    .limit(RECENT_LIMIT);
  return rows.map((row) => ({
    fileId: row.fileId,
    roomId: row.roomId,
    userId: row.userId,
    format: row.format,
    at: (row.at instanceof Date ? row.at : new Date(row.at)).toISOString(),
    hasProblems: (row.problems?.length ?? 0) > 0,
  }));
}
