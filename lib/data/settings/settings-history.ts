import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications, recordingSettingsHistory } from "@/lib/db/schema";
import { recordingSettingsSchema, type RecordingSettings } from "@/lib/schemas/recording-settings";
import { diffSettings, valueText, type SettingDifference } from "@/lib/settings/diff-settings";

export interface SettingsHistoryEntry {
  id: number;
  kind: "saved" | "adopted";
  savedByEmail: string;
  savedAt: string;
  /** What changed against the entry before it (the first entry: against nothing set up). */
  changes: SettingDifference[];
}

function parseStored(settings: Record<string, unknown>, callbackKey: string): RecordingSettings | null {
  const parsed = recordingSettingsSchema.safeParse({ ...settings, callbackKey });
  return parsed.success ? parsed.data : null;
}

/** The settings the console last saved for the app, with the current callback key; null if never saved. */
export async function lastSavedSettings(db: Db, sdkAppId: number): Promise<RecordingSettings | null> {
  const [row] = await db
    .select()
    .from(recordingSettingsHistory)
    .where(eq(recordingSettingsHistory.sdkAppId, sdkAppId))
    .orderBy(desc(recordingSettingsHistory.id))
    .limit(1);
  if (!row) return null;
  const [application] = await db
    .select({ key: applications.callbackKey })
    .from(applications)
    .where(eq(applications.sdkAppId, sdkAppId));
  return parseStored(row.settings, application?.key ?? "");
}

const NOTHING_SET_UP: RecordingSettings = {
  enabled: false,
  mode: "global",
  formats: [],
  maxFileMinutes: 60,
  retentionDays: 0,
  resumeSeconds: 0,
  vodSubAppId: null,
  callbackUrl: "",
  callbackKey: "",
};

/** The app's saves, newest first, each with what it changed. */
export async function listSettingsHistory(db: Db, sdkAppId: number): Promise<SettingsHistoryEntry[]> {
  const rows = await db
    .select()
    .from(recordingSettingsHistory)
    .where(eq(recordingSettingsHistory.sdkAppId, sdkAppId))
    .orderBy(recordingSettingsHistory.id);
  let previous = NOTHING_SET_UP;
  const entries: SettingsHistoryEntry[] = [];
  for (const row of rows) {
    // Keys are never stored in history: compare them as "changed" markers instead.
    const marker = row.callbackKeyChanged ? `changed${row.id}` : previous.callbackKey;
    const current = parseStored(row.settings, marker) ?? previous;
    entries.push({
      id: row.id,
      kind: row.kind === "adopted" ? "adopted" : "saved",
      savedByEmail: row.savedByEmail,
      savedAt: row.savedAt.toISOString(),
      changes: diffSettings(previous, current).map((change) =>
        change.field === "callbackKey"
          ? { ...change, before: valueText("previousKey"), after: valueText("newKey") }
          : change,
      ),
    });
    previous = current;
  }
  return entries.reverse();
}
