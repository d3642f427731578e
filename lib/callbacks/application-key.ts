import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import type { ApplicationKey } from "./check-delivery";

/** Whether the console manages this SdkAppId, and the callback key it verifies that app's callbacks with. */
export async function applicationKeyOf(db: Db, sdkAppId: number | null): Promise<ApplicationKey> {
  if (sdkAppId === null) return { known: false, key: null };
  const [row] = await db
    .select({ key: applications.callbackKey })
    .from(applications)
    .where(eq(applications.sdkAppId, sdkAppId))
    .limit(1);
  return { known: Boolean(row), key: row?.key ?? null };
}
