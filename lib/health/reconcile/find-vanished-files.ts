import "server-only";
import { and, eq, gte, isNotNull, lte } from "drizzle-orm";
import { describeMediaInfos } from "@/lib/cloud/vod/describe-media-infos";
import { recordingFiles } from "@/lib/db/schema";
import type { Finding } from "./finding-kinds";
import type { ReconcileContext } from "./reconcile-context";

/** DescribeMediaInfos is asked once per file: a pass checks at most this many. */
export const MAX_FILES_CHECKED = 200;

/**
 * Files a callback announced in the period that VOD no longer has (deleted, expired, moved to
 * another VOD application): asked by FileId, since SearchMedia by creation time would miss a file
 * created before the period whose callback came in it.
 */
export async function findVanishedFiles(context: ReconcileContext): Promise<Finding[]> {
  const announced = await context.db
    .select()
    .from(recordingFiles)
    .where(
      and(
        eq(recordingFiles.sdkAppId, context.sdkAppId),
        isNotNull(recordingFiles.firstCallbackAt),
        gte(recordingFiles.firstCallbackAt, context.periodStart),
        lte(recordingFiles.firstCallbackAt, context.periodEnd),
      ),
    )
    .limit(MAX_FILES_CHECKED);
  const findings: Finding[] = [];
  for (const file of announced) {
    const media = await describeMediaInfos(file.fileId, file.vodSubAppId, context.clients.vod);
    if (media) continue;
    findings.push({
      kind: "vanished_file",
      subject: file.fileId,
      details: {
        subAppId: file.vodSubAppId,
        roomId: file.roomId,
        firstCallbackAt: file.firstCallbackAt?.toISOString() ?? null,
      },
    });
  }
  return findings;
}
