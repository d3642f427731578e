import "server-only";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import type { Db } from "@/lib/db/open-database";
import { applications, type ApplicationRow } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { RecordingGeneration } from "@/lib/schemas/application";
import { streamPathOf } from "@/lib/applications/push-domain-choice";

export const APPLICATION_COOKIE = "trtc-console-app";

/** The application pages and actions work on: never carries secrets toward the browser. */
export interface CurrentApplication {
  sdkAppId: number;
  name: string;
  /** Legacy (CSS recording, MCU RecordId) or cloud recording (CreateCloudRecording): one per app. */
  generation: RecordingGeneration;
  /** The account's `<bizid>.livepush.myqcloud.com`; null until found or set under Applications. */
  pushDomain: string | null;
  streamPath: string;
  defaultVodSubAppId: number | null;
}

function toCurrent(row: ApplicationRow): CurrentApplication {
  return {
    sdkAppId: row.sdkAppId,
    name: row.name,
    generation: row.recordingGeneration,
    pushDomain: row.pushDomain,
    streamPath: row.streamPath,
    defaultVodSubAppId: row.defaultVodSubAppId,
  };
}

/** One registered application's row (secrets included: server code only), or undefined. */
export async function findApplication(db: Db, sdkAppId: number): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(applications).where(eq(applications.sdkAppId, sdkAppId)).limit(1);
  return row;
}

/**
 * The application chosen in the switcher (a cookie, checked against the table on every request,
 * so a forged or stale cookie falls back), else the one configured by TRTC_SDK_APP_ID.
 */
export async function getCurrentApplication(db: Db): Promise<CurrentApplication> {
  const chosen = Number((await cookies()).get(APPLICATION_COOKIE)?.value);
  const row =
    (Number.isSafeInteger(chosen) && chosen > 0 ? await findApplication(db, chosen) : undefined) ??
    (await findApplication(db, env.cloud.sdkAppId));
  if (row) return toCurrent(row);
  // Registered at start; only a database emptied behind the console's back gets here.
  const configured = env.startupApplications.find((app) => app.sdkAppId === env.cloud.sdkAppId);
  return {
    sdkAppId: env.cloud.sdkAppId,
    name: configured?.name ?? `TRTC app ${env.cloud.sdkAppId}`,
    generation: configured?.generation ?? "legacy",
    pushDomain: null,
    streamPath: streamPathOf(env.cloud.sdkAppId),
    defaultVodSubAppId: null,
  };
}

/** The SDK secret key that signs UserSigs for an app: its own if an admin stored one, else the env's. */
export async function sdkSecretKeyOf(db: Db, sdkAppId: number): Promise<string> {
  const row = await findApplication(db, sdkAppId);
  return row?.sdkSecretKey ?? env.cloud.sdkSecretKey;
}
