import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import type { ApplicationKey } from "@/lib/callbacks/check-delivery";
import type { CallbackFamily } from "@/lib/callbacks/summarize-event";

/** The columns of an application that its callbacks are verified with. */
export interface ApplicationKeysRow {
  cssKey: string | null;
  trtcKey: string | null;
  previousKey: string | null;
  previousUntil: Date | null;
}

/**
 * The keys a family's callbacks of an application (its row, or none: not this console's) verify
 * with: CSS events with the CSS callback key (the callback template's), TRTC events (groups 1–3,
 * set on TRTC's console) with the app's TRTC callback key, and the key before the last rotation
 * while its grace lasts. Never the other family's key.
 */
export function keyOfRow(row: ApplicationKeysRow | undefined, family: CallbackFamily, nowMs: number): ApplicationKey {
  if (!row) return { known: false, key: null };
  if (family === "css") return { known: true, key: row.cssKey };
  const isPreviousValid = row.previousKey !== null && row.previousUntil !== null && nowMs < row.previousUntil.getTime();
  return { known: true, key: row.trtcKey, previousKey: isPreviousValid ? row.previousKey : null };
}

/**
 * Whether the console manages this SdkAppId, and the keys it verifies that app's callbacks of a
 * family with (`keyOfRow`), read now. The endpoints read them through ApplicationKeysCache.
 */
export async function applicationKeyOf(
  db: Db,
  family: CallbackFamily,
  sdkAppId: number | null,
  nowMs: number = Date.now(),
): Promise<ApplicationKey> {
  if (sdkAppId === null) return { known: false, key: null };
  const [row] = await db
    .select({
      cssKey: applications.callbackKey,
      trtcKey: applications.trtcCallbackKey,
      previousKey: applications.trtcCallbackPreviousKey,
      previousUntil: applications.trtcCallbackPreviousKeyUntil,
    })
    .from(applications)
    .where(eq(applications.sdkAppId, sdkAppId))
    .limit(1);
  return keyOfRow(row, family, nowMs);
}
