import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getPriceBook } from "@/lib/data/costs/price-book";
import { toPriceTable, type PriceTable } from "@/lib/costs/price-table";
import type { Db } from "@/lib/db/open-database";
import { recordingTasks, type RecordingTaskRow } from "@/lib/db/schema";
import type { RecordingTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import { toTaskEventDtos, type TaskEvent } from "@/lib/data/recording-tasks/recording-task-event-parse";
import { refreshRecordingTask } from "@/lib/actions/recording-tasks/refresh-recording-task";
import { taskEventsOf } from "@/lib/data/recording-tasks/task-callbacks";
import { toRecordingTaskDto } from "@/lib/data/recording-tasks/to-recording-task";

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
 * to date first (tasks from their TRTC events, reconciled with the cloud now and then; mixes from
 * their room): statuses, end reasons, the files produced, and for tasks the events themselves.
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
  const tasks = rows.filter((row) => row.taskId !== null);
  const oldest = tasks.reduce<Date | null>((min, row) => (min && min < row.startedAt ? min : row.startedAt), null);
  const events = oldest
    ? await taskEventsOf(
        db,
        sdkAppId,
        tasks.flatMap((row) => row.taskId ?? []),
        oldest,
      )
    : new Map<string, TaskEvent[]>();
  const eventsOf = (row: RecordingTaskRow) => (row.taskId ? (events.get(row.taskId) ?? []) : []);
  const [prices, refreshed] = await Promise.all([
    taskPrices(db),
    Promise.all(rows.map((row) => refreshRecordingTask(db, row, eventsOf(row)))),
  ]);
  return refreshed.flatMap((row) => toRecordingTaskDto(row, prices, toTaskEventDtos(eventsOf(row))) ?? []);
}
