import "server-only";
import { readFindings, type FindingDto } from "@/lib/data/health/read-findings";
import type { Db } from "@/lib/db/open-database";
import type { RecordingGeneration } from "@/lib/schemas/application";
import { buildChecklist, type ChecklistItem } from "./checklist";
import { readChecklistFacts } from "./read-checklist-facts";
import { readRecentRecordings, type RecentRecording } from "./recent-recordings";

export interface OverviewData {
  checklist: ChecklistItem[];
  recentRecordings: RecentRecording[];
  openFindings: FindingDto[];
}

/** The Overview's reads from the console's own database, in parallel: the checklist, recent recordings, open findings. */
export async function getOverviewData(
  db: Db,
  application: { sdkAppId: number; generation: RecordingGeneration },
): Promise<OverviewData> {
  const [facts, recentRecordings, findings] = await Promise.all([
    readChecklistFacts(db, application),
    readRecentRecordings(db, application.sdkAppId),
    readFindings(db, application.sdkAppId),
  ]);
  return { checklist: buildChecklist(facts, new Date()), recentRecordings, openFindings: findings.open };
}
