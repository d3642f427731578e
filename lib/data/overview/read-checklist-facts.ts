import "server-only";
import { and, asc, count, eq, isNotNull, max, sql } from "drizzle-orm";
import { trtcKeyStateOf } from "@/lib/data/callbacks/trtc-key-state";
import { lastSavedSettings } from "@/lib/data/settings/settings-history";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles, recordingTasks } from "@/lib/db/schema";
import { readLastCallbackEvents } from "@/lib/readiness/last-callback-events";
import type { RecordingGeneration } from "@/lib/schemas/application";
import type { ChecklistFacts } from "./checklist";

const asDate = (value: Date | string | null | undefined): Date | null =>
  value === null || value === undefined ? null : value instanceof Date ? value : new Date(value);

/** When a file was made: its end, else when VOD had it, else when the console learned of it. */
const fileTime = sql<
  Date | string | null
>`max(coalesce(${recordingFiles.endedAt}, ${recordingFiles.vodCreatedAt}, ${recordingFiles.discoveredAt}))`;

async function readRecordingFacts(db: Db, sdkAppId: number): Promise<ChecklistFacts["recordings"]> {
  const [row] = await db
    .select({
      count: count(),
      newestAt: fileTime,
      calledBackCount: count(recordingFiles.firstCallbackAt),
      lastCalledBackAt: max(recordingFiles.firstCallbackAt),
    })
    .from(recordingFiles)
    .where(eq(recordingFiles.sdkAppId, sdkAppId));
  return {
    count: row?.count ?? 0,
    newestAt: asDate(row?.newestAt),
    calledBackCount: row?.calledBackCount ?? 0,
    lastCalledBackAt: asDate(row?.lastCalledBackAt),
  };
}

/** The app's file the console's player played first (the earliest first_played_at). */
async function readFirstPlayed(db: Db, sdkAppId: number): Promise<ChecklistFacts["firstPlayed"]> {
  const [row] = await db
    .select({
      fileId: recordingFiles.fileId,
      vodSubAppId: recordingFiles.vodSubAppId,
      at: recordingFiles.firstPlayedAt,
    })
    .from(recordingFiles)
    .where(and(eq(recordingFiles.sdkAppId, sdkAppId), isNotNull(recordingFiles.firstPlayedAt)))
    .orderBy(asc(recordingFiles.firstPlayedAt))
    .limit(1);
  const at = asDate(row?.at);
  return row && at ? { fileId: row.fileId, vodSubAppId: row.vodSubAppId, at } : null;
}

async function readTaskFacts(db: Db, sdkAppId: number): Promise<ChecklistFacts["tasks"]> {
  const [row] = await db
    .select({ count: count(), lastStartedAt: max(recordingTasks.startedAt) })
    .from(recordingTasks)
    .where(eq(recordingTasks.sdkAppId, sdkAppId));
  return { count: row?.count ?? 0, lastStartedAt: asDate(row?.lastStartedAt) };
}

/**
 * Everything the Overview's checklist decides on, from the console's own database only (saved
 * settings, callback events, tasks, recording files and their first plays): it shows at once, while the readiness check
 * asks the cloud. Never throws for a missing row: an app with nothing yet has everything to do.
 */
export async function readChecklistFacts(
  db: Db,
  application: { sdkAppId: number; generation: RecordingGeneration },
): Promise<ChecklistFacts> {
  const { sdkAppId, generation } = application;
  const [saved, key, events, tasks, recordings, firstPlayed] = await Promise.all([
    generation === "legacy" ? lastSavedSettings(db, sdkAppId) : Promise.resolve(null),
    trtcKeyStateOf(db, sdkAppId),
    readLastCallbackEvents(db, sdkAppId),
    readTaskFacts(db, sdkAppId),
    readRecordingFacts(db, sdkAppId),
    readFirstPlayed(db, sdkAppId),
  ]);
  return {
    generation,
    savedSettings: saved
      ? { enabled: saved.enabled, mode: saved.mode, formats: saved.formats, hasCallbackUrl: saved.callbackUrl !== "" }
      : null,
    tasks,
    hasTrtcCallbackKey: key.hasKey,
    lastTrtcRoomOrMediaEvent: events.trtcRoomAndMedia,
    lastTrtcRecordingEvent: events.trtcRecording,
    lastCssCallback: events.css,
    recordings,
    firstPlayed,
  };
}
