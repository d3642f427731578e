import "server-only";
import { and, eq, gte, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles } from "@/lib/db/schema";

export interface QualityCounts {
  byStatus: Array<{ status: string; count: number }>;
  /** Checked files with at least one problem of the kind. */
  byProblem: Array<{ kind: string; count: number }>;
}

/** Quality-check results of the files the console learned of since `from`. */
export async function readQualityCounts(db: Db, sdkAppId: number, from: Date): Promise<QualityCounts> {
  const inWindow = and(eq(recordingFiles.sdkAppId, sdkAppId), gte(recordingFiles.discoveredAt, from));
  const [byStatus, byProblem] = await Promise.all([
    db
      .select({ status: recordingFiles.checkStatus, count: sql<number>`count(*)::int` })
      .from(recordingFiles)
      .where(inWindow)
      .groupBy(recordingFiles.checkStatus),
    db
      .select({ fileId: recordingFiles.fileId, problems: recordingFiles.problems })
      .from(recordingFiles)
      .where(and(inWindow, isNotNull(recordingFiles.problems))),
  ]);
  const files = new Map<string, number>();
  for (const row of byProblem)
    for (const kind of new Set((row.problems ?? []).map((problem) => problem.kind)))
      files.set(kind, (files.get(kind) ?? 0) + 1);
  return {
    byStatus,
    byProblem: [...files.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
  };
}
