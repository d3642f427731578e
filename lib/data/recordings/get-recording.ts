import "server-only";
import type { CurrentApplication } from "@/lib/data/applications/current-application";
import { describeMediaInfos } from "@/lib/cloud/vod/describe-media-infos";
import type { Db } from "@/lib/db/open-database";
import { lastSavedSettings } from "@/lib/data/settings/settings-history";
import type { RecordingDto } from "@/lib/recordings/types";

/**
 * One recording by FileId in one VOD application (null: the account's default one), or null when
 * it is not there (deleted or expired).
 */
export async function getRecording(fileId: string, subAppId: number | null): Promise<RecordingDto | null> {
  return describeMediaInfos(fileId, subAppId);
}

/**
 * Where a recording may be when a link does not say (a callback names a FileId, not its
 * sub-application): the app's default sub-application, the one its recording settings store into,
 * then the main application. VOD answers per (sub-)application, so each is asked in turn.
 */
async function likelySubAppIds(db: Db, application: CurrentApplication): Promise<Array<number | null>> {
  const saved = await lastSavedSettings(db, application.sdkAppId);
  return [...new Set([application.defaultVodSubAppId, saved?.vodSubAppId ?? null, null])];
}

/** A recording of the application by FileId: in `subAppId` when given, else wherever it is likely to be. */
export async function findRecording(
  db: Db,
  application: CurrentApplication,
  fileId: string,
  subAppId: number | null,
): Promise<RecordingDto | null> {
  const candidates = subAppId !== null ? [subAppId] : await likelySubAppIds(db, application);
  for (const candidate of candidates) {
    const recording = await getRecording(fileId, candidate);
    if (recording) return recording;
  }
  return null;
}
