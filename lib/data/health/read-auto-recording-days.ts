import "server-only";
import { and, eq, gte, like, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles } from "@/lib/db/schema";

/** Automatic (CSS) recordings of one day: the files callbacks or reconciliation brought, and their streams. */
export interface AutoRecordingDay {
  day: string;
  files: number;
  streams: number;
}

/**
 * Automatic recordings per day (by the start of what each file covered) since `from`. They are no
 * task of the console's: CSS records every published stream by its rule and reports only files
 * (event 100), never a failure, so what they show is what arrived, counted once per stream too
 * (one stream gives a file per format and per split).
 */
export async function readAutoRecordingDays(db: Db, sdkAppId: number, from: Date): Promise<AutoRecordingDay[]> {
  const day = sql<string>`to_char(${recordingFiles.startedAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      day,
      files: sql<number>`count(*)::int`,
      streams: sql<number>`count(distinct ${recordingFiles.sessionKey})::int`,
    })
    .from(recordingFiles)
    .where(
      and(
        eq(recordingFiles.sdkAppId, sdkAppId),
        like(recordingFiles.sessionKey, "css:%"),
        gte(recordingFiles.startedAt, from),
      ),
    )
    .groupBy(day)
    .orderBy(day);
  return rows;
}
