import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { callbackEvents } from "@/lib/db/schema";

/** RECORDER_STOP's LeaveCode in words (reference §4.4). */
const LEAVE_REASONS: Record<number, string> = {
  0: "The recorder stopped normally.",
  1: "The recorder bot was removed from the room (RemoveUser).",
  2: "The room was dismissed (DismissRoom).",
  3: "The recorder bot was removed by TRTC's server.",
  4: "The room was dismissed by TRTC's server.",
  99: "Nobody published in the room for MaxIdleTime seconds, so the task ended. Start a new one when people are back.",
  100: "The room timed out. Start a new task to go on recording.",
  101: "Another client entered with the recorder bot's user id, which ends the task. Give each task its own bot id.",
};

export interface TaskCallbackFacts {
  /** From the latest RECORDER_STOP (302). */
  endReason: string | null;
  /** From RECORDER_START (301) with Status 1, or VOD_COMMIT (311) with Status 1 or 2. */
  problem: string | null;
}

function numberAt(value: unknown, ...path: string[]): number | null {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return null;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "number" ? current : null;
}

/**
 * What the task's signed callbacks (301, 302, 311) said, if the app's TRTC callbacks reach this
 * console: the words for why a task ended, or what went wrong uploading its files. Callbacks
 * that failed their signature check are not believed.
 */
export async function taskCallbackFacts(db: Db, sdkAppId: number, taskId: string): Promise<TaskCallbackFacts> {
  const rows = await db
    .select({ eventType: callbackEvents.eventType, payload: callbackEvents.payload })
    .from(callbackEvents)
    .where(
      and(
        eq(callbackEvents.family, "trtc"),
        eq(callbackEvents.sdkAppId, sdkAppId),
        eq(callbackEvents.signatureValid, true),
        inArray(callbackEvents.eventType, [301, 302, 311]),
        sql`${callbackEvents.payload} -> 'EventInfo' ->> 'TaskId' = ${taskId}`,
      ),
    )
    .orderBy(desc(callbackEvents.receivedAt))
    .limit(50);
  const stop = rows.find((row) => row.eventType === 302);
  const leaveCode = stop ? numberAt(stop.payload, "EventInfo", "Payload", "LeaveCode") : null;
  const failedStart = rows.find(
    (row) => row.eventType === 301 && numberAt(row.payload, "EventInfo", "Payload", "Status") === 1,
  );
  const failedUpload = rows.find((row) => {
    const status = numberAt(row.payload, "EventInfo", "Payload", "Status");
    return row.eventType === 311 && (status === 1 || status === 2);
  });
  return {
    endReason:
      leaveCode === null ? null : (LEAVE_REASONS[leaveCode] ?? `The recorder left the room (LeaveCode ${leaveCode}).`),
    problem: failedStart
      ? "The recorder could not start (RECORDER_START reported a failure). Check the room id, its type and the bot's UserSig."
      : failedUpload
        ? "A file of this task could not be uploaded to VOD (VOD_COMMIT reported it stuck or failed). Check the VOD sub-application and its storage."
        : null,
  };
}
