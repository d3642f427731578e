import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles } from "@/lib/db/schema";
import type { AnnouncedFile } from "@/lib/health/announced-file";

/**
 * Registers a file a callback announced (its check queued by the column's default). A file
 * reconciliation found first only gains the callback's time; a repeat of the announcement changes
 * nothing (callbacks are acted on once, but two event families may name one file).
 */
export async function registerAnnouncedFile(
  db: Db,
  sdkAppId: number,
  file: AnnouncedFile,
  receivedAt: Date,
): Promise<void> {
  await db
    .insert(recordingFiles)
    .values({
      sdkAppId,
      fileId: file.fileId,
      streamId: file.streamId,
      roomId: file.roomId,
      userId: file.userId,
      sessionKey: file.sessionKey,
      format: file.format,
      startedAt: file.startedAt,
      endedAt: file.endedAt,
      firstCallbackAt: receivedAt,
      discoveredBy: "callback",
      discoveredAt: receivedAt,
      checkQueuedAt: receivedAt,
    })
    .onConflictDoUpdate({
      target: [recordingFiles.sdkAppId, recordingFiles.fileId],
      set: {
        firstCallbackAt: sql`least(coalesce(${recordingFiles.firstCallbackAt}, excluded.first_callback_at), excluded.first_callback_at)`,
        streamId: sql`coalesce(${recordingFiles.streamId}, excluded.stream_id)`,
        roomId: sql`coalesce(${recordingFiles.roomId}, excluded.room_id)`,
        userId: sql`coalesce(${recordingFiles.userId}, excluded.user_id)`,
        sessionKey: sql`coalesce(${recordingFiles.sessionKey}, excluded.session_key)`,
        format: sql`coalesce(${recordingFiles.format}, excluded.format)`,
        startedAt: sql`coalesce(${recordingFiles.startedAt}, excluded.started_at)`,
        endedAt: sql`coalesce(${recordingFiles.endedAt}, excluded.ended_at)`,
      },
    });
}
