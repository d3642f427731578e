import "server-only";
import { and, eq, gte, isNotNull } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles } from "@/lib/db/schema";
import { delayStatsByDay, type DayDelayStats } from "@/lib/health/availability/day-stats";

export interface AvailabilityByDay {
  /** Stream end → VOD's CreateTime of the file. */
  vod: DayDelayStats[];
  /** Stream end → the first callback naming the file. */
  callback: DayDelayStats[];
}

/** Time to available per day since `from`, of the files whose stream end is known. */
export async function readAvailability(db: Db, sdkAppId: number, from: Date): Promise<AvailabilityByDay> {
  const rows = await db
    .select({
      endedAt: recordingFiles.endedAt,
      vodCreatedAt: recordingFiles.vodCreatedAt,
      firstCallbackAt: recordingFiles.firstCallbackAt,
    })
    .from(recordingFiles)
    .where(
      and(eq(recordingFiles.sdkAppId, sdkAppId), isNotNull(recordingFiles.endedAt), gte(recordingFiles.endedAt, from)),
    );
  const samples = (pick: (row: (typeof rows)[number]) => Date | null) =>
    rows.flatMap((row) => {
      const at = pick(row);
      return row.endedAt && at ? [{ endedAt: row.endedAt, delayMs: at.getTime() - row.endedAt.getTime() }] : [];
    });
  return {
    vod: delayStatsByDay(samples((row) => row.vodCreatedAt)),
    callback: delayStatsByDay(samples((row) => row.firstCallbackAt)),
  };
}
