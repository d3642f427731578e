import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import type { RecordingGeneration } from "@/lib/schemas/application";

/** What pages may show of an application: never a secret, only whether one is set. */
export interface ApplicationSummary {
  sdkAppId: number;
  name: string;
  generation: RecordingGeneration;
  pushDomain: string | null;
  streamPath: string;
  defaultVodSubAppId: number | null;
  mediaDomainHttps: boolean;
  hasCallbackKey: boolean;
  hasOwnSdkSecretKey: boolean;
  hasMediaHotlinkKey: boolean;
}

/** The registered applications, oldest first (the one configured at start leads). */
export async function listApplications(db: Db): Promise<ApplicationSummary[]> {
  const rows = await db.select().from(applications).orderBy(asc(applications.createdAt));
  return rows.map((row) => ({
    sdkAppId: row.sdkAppId,
    name: row.name,
    generation: row.recordingGeneration,
    pushDomain: row.pushDomain,
    streamPath: row.streamPath,
    defaultVodSubAppId: row.defaultVodSubAppId,
    mediaDomainHttps: row.mediaDomainHttps,
    hasCallbackKey: Boolean(row.callbackKey),
    hasOwnSdkSecretKey: Boolean(row.sdkSecretKey),
    hasMediaHotlinkKey: Boolean(row.mediaHotlinkKey),
  }));
}
