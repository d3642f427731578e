import "server-only";
import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { callbackEvents } from "@/lib/db/schema";
import { taskEventOf, type TaskEvent } from "@/lib/data/recording-tasks/recording-task-event-parse";

/** Events of a task arrive after it starts; a minute's slack covers clocks that disagree. */
const SLACK_MS = 60_000;

/**
 * The verified cloud-recording events (301–312) of these tasks, by TaskId, oldest first: what
 * TRTC's callbacks said of them if they reach this console. Deliveries that failed their
 * signature or freshness check are not believed. `since` bounds the search to events received
 * after the oldest task started, so the query stays cheap as the inbox grows.
 */
export async function taskEventsOf(
  db: Db,
  sdkAppId: number,
  taskIds: readonly string[],
  since: Date,
): Promise<Map<string, TaskEvent[]>> {
  const byTask = new Map<string, TaskEvent[]>();
  if (taskIds.length === 0) return byTask;
  const taskIdOfPayload = sql<string>`${callbackEvents.payload} -> 'EventInfo' ->> 'TaskId'`;
  const rows = await db
    .select({
      taskId: taskIdOfPayload,
      eventType: callbackEvents.eventType,
      payload: callbackEvents.payload,
      receivedAt: callbackEvents.receivedAt,
    })
    .from(callbackEvents)
    .where(
      and(
        eq(callbackEvents.family, "trtc"),
        eq(callbackEvents.sdkAppId, sdkAppId),
        eq(callbackEvents.signatureValid, true),
        gte(callbackEvents.eventType, 300),
        lt(callbackEvents.eventType, 400),
        gte(callbackEvents.receivedAt, new Date(since.getTime() - SLACK_MS)),
        inArray(taskIdOfPayload, [...taskIds]),
      ),
    )
    .orderBy(asc(callbackEvents.id));
  for (const row of rows) {
    const event = taskEventOf(row.eventType, row.payload, row.receivedAt);
    if (!event) continue;
    const events = byTask.get(row.taskId) ?? [];
    events.push(event);
    byTask.set(row.taskId, events);
  }
  return byTask;
}

/** One task's events (see taskEventsOf). */
export async function eventsOfTask(db: Db, sdkAppId: number, taskId: string, since: Date): Promise<TaskEvent[]> {
  return (await taskEventsOf(db, sdkAppId, [taskId], since)).get(taskId) ?? [];
}
