import "server-only";
import { recordingFiles } from "@/lib/db/schema";
import type { RecordingDto } from "@/lib/recordings/types";
import { announcedFileIds } from "./announced-file-ids";
import { fillVodTimes } from "./fill-vod-times";
import type { Finding } from "./finding-kinds";
import type { ReconcileContext } from "./reconcile-context";
import { vodFilesInPeriod } from "./vod-files-in-period";

const instant = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

/** A recording_files row for a file only VOD knows of: its check is queued like any other's. */
function discoveredRow(sdkAppId: number, file: RecordingDto): typeof recordingFiles.$inferInsert {
  return {
    sdkAppId,
    fileId: file.fileId,
    vodSubAppId: file.subAppId,
    streamId: file.streamId,
    roomId: file.roomId,
    userId: file.publisherUserId,
    format: file.type,
    startedAt: instant(file.source.liveRecord?.start),
    endedAt: instant(file.source.liveRecord?.end),
    vodCreatedAt: new Date(file.createdAt),
    discoveredBy: "reconciliation",
  };
}

/**
 * Files VOD holds for the app in the period that no callback announced: each is registered (so it
 * gets a quality check and counts in the health figures) and reported. A row another instance or
 * a late callback inserted first wins (on conflict do nothing).
 */
export async function findUnannouncedFiles(context: ReconcileContext): Promise<Finding[]> {
  const files = await vodFilesInPeriod(context);
  const announced = await announcedFileIds(
    context.db,
    context.sdkAppId,
    files.map((file) => file.fileId),
  );
  await fillVodTimes(
    context.db,
    context.sdkAppId,
    files.filter((file) => announced.has(file.fileId)),
  );
  const unannounced = files.filter((file) => !announced.has(file.fileId));
  if (unannounced.length > 0)
    await context.db
      .insert(recordingFiles)
      .values(unannounced.map((file) => discoveredRow(context.sdkAppId, file)))
      .onConflictDoNothing();
  return unannounced.map((file) => ({
    kind: "unannounced_file",
    subject: file.fileId,
    details: { name: file.name, subAppId: file.subAppId, createdAt: file.createdAt, roomId: file.roomId },
  }));
}
