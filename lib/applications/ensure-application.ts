import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";

/** TRTC's convention for an app's CSS bypass push: domain `<SdkAppId>.livepush.myqcloud.com`, path `trtc_<SdkAppId>`. */
export function defaultPushTarget(sdkAppId: number): { pushDomain: string; streamPath: string } {
  return { pushDomain: `${sdkAppId}.livepush.myqcloud.com`, streamPath: `trtc_${sdkAppId}` };
}

/** Registers the configured application at start if it is not there yet; never overwrites edits. */
export async function ensureApplication(db: Db, sdkAppId: number, name: string): Promise<void> {
  await db
    .insert(applications)
    .values({ sdkAppId, name, ...defaultPushTarget(sdkAppId) })
    .onConflictDoNothing({ target: applications.sdkAppId });
}
