import "server-only";
import { findApplication } from "@/lib/data/applications/current-application";
import type { Db } from "@/lib/db/open-database";
import type { RecordingFileRow } from "@/lib/db/schema";
import { findRecording } from "@/lib/data/recordings/get-recording";
import { mediaAccessOf } from "@/lib/data/recordings/media-access";
import { playableUrl, signatureExpiry } from "@/lib/recordings/playback-url";

/**
 * The URL a check reads the file from, as a browser would play it (https where the domain serves
 * it, signed when it has a Key hotlink key), so the check works on real VOD as on the local cloud.
 * Null: VOD does not list the file (yet, or any more).
 */
export async function mediaUrlOf(db: Db, row: RecordingFileRow): Promise<string | null> {
  const application = await findApplication(db, row.sdkAppId);
  if (!application) return null;
  const recording = await findRecording(
    db,
    {
      sdkAppId: application.sdkAppId,
      name: application.name,
      generation: application.recordingGeneration,
      pushDomain: application.pushDomain,
      streamPath: application.streamPath,
      defaultVodSubAppId: application.defaultVodSubAppId,
    },
    row.fileId,
    row.vodSubAppId,
  );
  if (!recording?.mediaUrl) return null;
  const access = await mediaAccessOf(db, row.sdkAppId);
  const expiresAt = signatureExpiry(Math.floor(Date.now() / 1000), recording.durationSeconds);
  return playableUrl(recording.mediaUrl, access, expiresAt);
}
