import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { callbackEvents, recordingFiles } from "@/lib/db/schema";

/** The FileId a stored callback names: CSS `file_id`, or TRTC 311's (either layout), as callbacks-for-file reads it. */
const namedFileId = sql<string>`coalesce(${callbackEvents.payload}->>'file_id',
  ${callbackEvents.payload}#>>'{EventInfo,Payload,TencentVod,FileId}',
  ${callbackEvents.payload}#>>'{EventInfo,Payload,FileId}')`;

/**
 * Which of these files a callback announced: a recording_files row says it arrived, or (files
 * from before that table) a stored callback of the app names the FileId.
 */
export async function announcedFileIds(db: Db, sdkAppId: number, fileIds: readonly string[]): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const [registered, named] = await Promise.all([
    db
      .select({ fileId: recordingFiles.fileId })
      .from(recordingFiles)
      .where(
        and(
          eq(recordingFiles.sdkAppId, sdkAppId),
          inArray(recordingFiles.fileId, [...fileIds]),
          isNotNull(recordingFiles.firstCallbackAt),
        ),
      ),
    db
      .selectDistinct({ fileId: namedFileId })
      .from(callbackEvents)
      .where(and(eq(callbackEvents.sdkAppId, sdkAppId), inArray(namedFileId, [...fileIds]))),
  ]);
  return new Set([...registered, ...named].map((row) => row.fileId));
}
