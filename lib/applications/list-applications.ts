import { asc } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";

/** What pages may show of an application: never its callback key. */
export interface ApplicationSummary {
  sdkAppId: number;
  name: string;
  pushDomain: string;
  streamPath: string;
  defaultVodSubAppId: number | null;
  hasCallbackKey: boolean;
  hasOwnSdkSecretKey: boolean;
}

export async function listApplications(db: Db): Promise<ApplicationSummary[]> {
  const rows = await db.select().from(applications).orderBy(asc(applications.createdAt));
  return rows.map((row) => ({
    sdkAppId: row.sdkAppId,
    name: row.name,
    pushDomain: row.pushDomain,
    streamPath: row.streamPath,
    defaultVodSubAppId: row.defaultVodSubAppId,
    hasCallbackKey: Boolean(row.callbackKey),
    hasOwnSdkSecretKey: Boolean(row.sdkSecretKey),
  }));
}
