import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";

/**
 * After a rotation the old key keeps verifying this long: TRTC's console applies a change after
 * about 5 minutes (trtc.io 39080, reference §8), and an admin may not paste the new key at once.
 * A day covers both without leaving a leaked key valid for long.
 */
export const TRTC_KEY_GRACE_MS = 24 * 3600_000;

/** What may be said of an app's TRTC key outside the server: whether there is one, never the key. */
export interface TrtcKeyState {
  hasKey: boolean;
  /** Until when the key before the last rotation still verifies; null when none does. */
  previousKeyValidUntil: Date | null;
}

/** Whether an app has a TRTC callback key, and whether a previous one is still in its grace. */
export async function trtcKeyStateOf(db: Db, sdkAppId: number, nowMs: number = Date.now()): Promise<TrtcKeyState> {
  const [row] = await db
    .select({
      key: applications.trtcCallbackKey,
      previous: applications.trtcCallbackPreviousKey,
      until: applications.trtcCallbackPreviousKeyUntil,
    })
    .from(applications)
    .where(eq(applications.sdkAppId, sdkAppId))
    .limit(1);
  const isInGrace =
    Boolean(row?.previous) && row?.until !== null && row?.until !== undefined && row.until.getTime() > nowMs;
  return { hasKey: Boolean(row?.key), previousKeyValidUntil: isInGrace ? (row?.until ?? null) : null };
}
