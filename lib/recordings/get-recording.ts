import "server-only";
import type { CurrentApplication } from "@/lib/applications/current-application";
import { cloudRead } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import type { Db } from "@/lib/db/open-database";
import { lastSavedSettings } from "@/lib/settings/settings-history";
import { toRecording } from "./to-recording";
import type { RecordingDto } from "./types";

/** One recording by FileId in one VOD (sub-)application, or null when it is not there (deleted or expired). */
export async function getRecording(fileId: string, subAppId: number | null): Promise<RecordingDto | null> {
  const response = await cloudRead(() =>
    cloudClients().vod.DescribeMediaInfos({
      FileIds: [fileId],
      Filters: ["basicInfo", "metaData"],
      ...(subAppId ? { SubAppId: subAppId } : {}),
    }),
  );
  const media = response.MediaInfoSet?.find((item) => item.FileId === fileId);
  return media ? toRecording(media, subAppId) : null;
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
