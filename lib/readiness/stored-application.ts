import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import type { RecordingGeneration } from "@/lib/schemas/application";
import type { StoredApplication } from "./types";

/** What the console's database holds of an application (secrets only as "set or not"); null when not registered. */
export async function readStoredApplication(
  db: Db,
  sdkAppId: number,
): Promise<(StoredApplication & { generation: RecordingGeneration }) | null> {
  const [row] = await db
    .select({
      generation: applications.recordingGeneration,
      pushDomain: applications.pushDomain,
      defaultVodSubAppId: applications.defaultVodSubAppId,
      trtcCallbackKey: applications.trtcCallbackKey,
    })
    .from(applications)
    .where(eq(applications.sdkAppId, sdkAppId))
    .limit(1);
  if (!row) return null;
  return {
    generation: row.generation,
    pushDomain: row.pushDomain,
    defaultVodSubAppId: row.defaultVodSubAppId,
    hasTrtcCallbackKey: Boolean(row.trtcCallbackKey),
  };
}
