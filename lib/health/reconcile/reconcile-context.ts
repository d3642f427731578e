import type { TrtcClient, VodClient } from "@/lib/cloud/clients";
import type { Db } from "@/lib/db/open-database";

/** What one reconciliation pass of one application works with. */
export interface ReconcileContext {
  db: Db;
  sdkAppId: number;
  /** `trtc_<SdkAppId>`: the CSS stream path of the app's legacy recordings. */
  streamPath: string;
  /** Where the app's files go (null: the account's default VOD application). */
  vodSubAppId: number | null;
  clients: { trtc: TrtcClient; vod: VodClient };
  periodStart: Date;
  periodEnd: Date;
}
