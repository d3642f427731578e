import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getPriceBook } from "@/lib/costs/price-book";
import { toPriceTable, type PriceTable } from "@/lib/costs/price-table";
import type { Db } from "@/lib/db/open-database";
import { recordingTasks, type RecordingTaskRow } from "@/lib/db/schema";
import type { RecordingTaskDto } from "./recording-task-types";
import { refreshRecordingTask } from "./refresh-recording-task";
import { toRecordingTaskDto } from "./to-recording-task";

/** The task list shows the latest recordings; older ones stay in the table and the audit log. */
export const RECORDING_TASKS_LIMIT = 100;

/** Estimates are priced in CNY, the currency of the reference's (cloud.tencent.com) price list. */
export async function taskPrices(db: Db): Promise<PriceTable> {
  return toPriceTable(await getPriceBook(db, "CNY"), "CNY");
}

/** One recording of the app by the console's id, as stored (no cloud call). */
export async function findRecordingTaskRow(db: Db, sdkAppId: number, id: string): Promise<RecordingTaskRow | null> {
  const [row] = await db
    .select()
    .from(recordingTasks)
    .where(and(eq(recordingTasks.id, id), eq(recordingTasks.sdkAppId, sdkAppId)))
    .limit(1);
  return row ?? null;
}

/**
 * The app's console-started recordings, newest first (one room's, with `roomId`), each brought up
 * to date with the cloud first: statuses, end reasons and the files produced.
 */
export async function listRecordingTasks(
  db: Db,
  sdkAppId: number,
  options: { roomId?: string } = {},
): Promise<RecordingTaskDto[]> {
  const rows = await db
    .select()
    .from(recordingTasks)
    .where(
      and(
        eq(recordingTasks.sdkAppId, sdkAppId),
        options.roomId === undefined ? undefined : eq(recordingTasks.roomId, options.roomId),
      ),
    )
    .orderBy(desc(recordingTasks.startedAt))
    .limit(RECORDING_TASKS_LIMIT);
  const [prices, refreshed] = await Promise.all([
    taskPrices(db),
    Promise.all(rows.map((row) => refreshRecordingTask(db, row))),
  ]);
  return refreshed.flatMap((row) => toRecordingTaskDto(row, prices) ?? []);
}
