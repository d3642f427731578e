import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles } from "@/lib/db/schema";
import type { RecordingDto } from "@/lib/recordings/types";

/**
 * Records VOD's CreateTime on registered files that lack it (a callback does not carry it): the
 * time-to-available figures measure stream end → CreateTime.
 */
export async function fillVodTimes(db: Db, sdkAppId: number, files: readonly RecordingDto[]): Promise<void> {
  if (files.length === 0) return;
  const lacking = await db
    .select({ fileId: recordingFiles.fileId })
    .from(recordingFiles)
    .where(
      and(
        eq(recordingFiles.sdkAppId, sdkAppId),
        inArray(
          recordingFiles.fileId,
          files.map((file) => file.fileId),
        ),
        isNull(recordingFiles.vodCreatedAt),
      ),
    );
  const createdAt = new Map(files.map((file) => [file.fileId, file.createdAt]));
  for (const { fileId } of lacking) {
    const at = createdAt.get(fileId);
    if (!at) continue;
    await db
      .update(recordingFiles)
      .set({ vodCreatedAt: new Date(at) })
      .where(
        and(
          eq(recordingFiles.sdkAppId, sdkAppId),
          eq(recordingFiles.fileId, fileId),
          isNull(recordingFiles.vodCreatedAt),
        ),
      );
  }
}
