import "server-only";
import { and, eq, gte, isNull, or } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingTasks } from "@/lib/db/schema";
import { isMessage, msg } from "@/lib/i18n/message";
import { peakConcurrencyByDay, type DayPeak } from "@/lib/health/availability/peak-concurrency";

export interface TaskDay {
  day: string;
  started: number;
  failed: number;
  /** Failures by their reason (plain text or a `msg`), most frequent first. */
  reasons: Array<{ reason: string; count: number }>;
}

export interface TaskDays {
  days: TaskDay[];
  /** Cloud-recording tasks running at once, peak per day (against the account's limit). */
  peaks: DayPeak[];
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
/**
 * Reasons are grouped by their first words: the rest names one task (its id, its room). A message
 * (`msg`) is kept whole: cut, it could not be worded any more.
 */
const reasonKey = (text: string) => (text.length > 80 && !isMessage(text) ? `${text.slice(0, 77)}…` : text);

/** Recordings started and failed per day since `from`, and the peak of concurrent cloud tasks. */
export async function readTaskDays(db: Db, sdkAppId: number, from: Date, now: Date): Promise<TaskDays> {
  const rows = await db
    .select()
    .from(recordingTasks)
    .where(
      and(
        eq(recordingTasks.sdkAppId, sdkAppId),
        or(gte(recordingTasks.startedAt, from), isNull(recordingTasks.endedAt), gte(recordingTasks.endedAt, from)),
      ),
    );
  const byDay = new Map<string, { started: number; failed: number; reasons: Map<string, number> }>();
  for (const row of rows) {
    if (row.startedAt < from) continue;
    const day = byDay.get(dayOf(row.startedAt)) ?? { started: 0, failed: 0, reasons: new Map<string, number>() };
    day.started += 1;
    if (row.status === "failed") {
      day.failed += 1;
      const reason = reasonKey(row.lastError ?? row.endReason ?? msg("health.tasks.noReason"));
      day.reasons.set(reason, (day.reasons.get(reason) ?? 0) + 1);
    }
    byDay.set(dayOf(row.startedAt), day);
  }
  const days = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, counts]) => ({
      day,
      started: counts.started,
      failed: counts.failed,
      reasons: [...counts.reasons.entries()]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count),
    }));
  const spans = rows
    .filter((row) => row.kind === "cloud_task" && row.status !== "failed")
    .map((row) => ({ start: row.startedAt, end: row.endedAt }));
  return { days, peaks: peakConcurrencyByDay(spans, from, now) };
}
