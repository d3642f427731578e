import "server-only";
import { findApplication } from "@/lib/data/applications/current-application";
import type { Db } from "@/lib/db/open-database";
import { withPlaybackUrls, type MediaAccess } from "@/lib/recordings/playback-url";
import type { RecordingDto } from "@/lib/recordings/types";

/** How the app's VOD domain serves media (its hotlink key included: server code only, never logged). */
export async function mediaAccessOf(db: Db, sdkAppId: number): Promise<MediaAccess> {
  const row = await findApplication(db, sdkAppId);
  return { isHttpsDomain: row?.mediaDomainHttps ?? false, hotlinkKey: row?.mediaHotlinkKey ?? null };
}

/** Recordings with their browser URLs made playable for the app (https, signed), now. */
export async function playableRecordings(
  db: Db,
  sdkAppId: number,
  recordings: RecordingDto[],
): Promise<RecordingDto[]> {
  const access = await mediaAccessOf(db, sdkAppId);
  const now = Math.floor(Date.now() / 1000);
  return recordings.map((recording) => withPlaybackUrls(recording, access, now));
}
