import "server-only";
import { eq } from "drizzle-orm";
import { cloudClients, type TrtcClient, type VodClient } from "@/lib/cloud/clients";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import { runReconciliation, type RunSummary } from "./run-reconciliation";

/** A pass for one registered app, with its stream path and VOD application; null when no such app. */
export async function reconcileApplication(
  db: Db,
  sdkAppId: number,
  trigger: { kind: "schedule" | "manual"; email: string | null },
  clients: { trtc: TrtcClient; vod: VodClient } = cloudClients(),
): Promise<RunSummary | null> {
  const [app] = await db.select().from(applications).where(eq(applications.sdkAppId, sdkAppId)).limit(1);
  if (!app) return null;
  return runReconciliation(
    { db, sdkAppId, streamPath: app.streamPath, vodSubAppId: app.defaultVodSubAppId, clients },
    trigger,
  );
}

/** Every registered app's pass, one after another (a cloud call at a time keeps within rate limits). */
export async function reconcileAllApplications(db: Db): Promise<void> {
  const rows = await db.select({ sdkAppId: applications.sdkAppId }).from(applications);
  for (const row of rows) {
    const summary = await reconcileApplication(db, row.sdkAppId, { kind: "schedule", email: null });
    if (summary && summary.errors.length > 0)
      console.warn(`[reconcile] SdkAppId ${row.sdkAppId}: ${summary.errors.join(" ")}`);
  }
}
