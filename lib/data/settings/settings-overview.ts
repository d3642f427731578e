import "server-only";
import { CloudError } from "@/lib/cloud/errors";
import { msg } from "@/lib/i18n/message";
import type { Db } from "@/lib/db/open-database";
import type { RecordingSettings } from "@/lib/schemas/recording-settings";
import { readCloudRecordingSetup, type PushTarget } from "@/lib/data/settings/cloud-recording-setup";
import { diffAgainstCloud, type SettingDifference } from "@/lib/settings/diff-settings";
import { settingsFromCloud } from "@/lib/settings/from-cloud";
import { DEFAULT_RECORDING_SETTINGS, toPublicSettings, type PublicSettings } from "@/lib/settings/public-settings";
import { lastSavedSettings } from "@/lib/data/settings/settings-history";
import { listSubApplications, type SubApplication } from "@/lib/data/settings/sub-applications";

export type { SubApplication };

export interface SettingsOverview {
  /** What the console last saved (null: never saved here). */
  saved: PublicSettings | null;
  /** What the cloud holds now (null when it could not be read). */
  cloud: PublicSettings | null;
  /** Saved → cloud differences: non-empty when someone changed the cloud elsewhere. */
  differences: SettingDifference[];
  cloudProblem: string | null;
  subApplications: SubApplication[];
}

/** The cloud's settings for the app read back, or why they could not be. */
export async function readCloudSettings(
  application: PushTarget,
  fallback: RecordingSettings,
): Promise<RecordingSettings> {
  const setup = await readCloudRecordingSetup(application);
  return settingsFromCloud({ ...setup, fallback });
}

export async function getSettingsOverview(db: Db, application: PushTarget): Promise<SettingsOverview> {
  const saved = await lastSavedSettings(db, application.sdkAppId);
  const problemOf = (error: unknown) =>
    error instanceof CloudError ? error.message : msg("settings.cloudState.unreadableFallback");
  const [cloud, subApplications] = await Promise.allSettled([
    readCloudSettings(application, saved ?? DEFAULT_RECORDING_SETTINGS),
    listSubApplications(),
  ]);
  const cloudSettings = cloud.status === "fulfilled" ? cloud.value : null;
  return {
    saved: saved ? toPublicSettings(saved) : null,
    cloud: cloudSettings ? toPublicSettings(cloudSettings) : null,
    differences: saved && cloudSettings ? diffAgainstCloud(saved, cloudSettings) : [],
    cloudProblem: cloud.status === "rejected" ? problemOf(cloud.reason) : null,
    subApplications: subApplications.status === "fulfilled" ? subApplications.value : [],
  };
}
