import "server-only";
import { and, eq, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import { newTrtcCallbackKey } from "./new-trtc-callback-key";

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

export type KeyChange =
  { ok: true; key: string; previousKeyValidUntil: Date | null } | { ok: false; reason: "unknown-app" };

/**
 * The key becomes the current one; the key it replaces keeps verifying until `until` (one rotation
 * back only: a key rotated out earlier stops now). In one statement, reading the old key in the
 * same row, so two rotations at once leave one current key and its predecessor, never a lost key.
 */
async function replaceKey(db: Db, where: SQL | undefined, key: string, until: Date) {
  return db
    .update(applications)
    .set({
      trtcCallbackKey: key,
      trtcCallbackPreviousKey: sql`${applications.trtcCallbackKey}`,
      trtcCallbackPreviousKeyUntil: sql`case when ${applications.trtcCallbackKey} is null then null else ${until.toISOString()}::timestamptz end`,
    })
    .where(where)
    .returning({
      sdkAppId: applications.sdkAppId,
      previous: applications.trtcCallbackPreviousKey,
      until: applications.trtcCallbackPreviousKeyUntil,
    });
}

/** Gives an app a new TRTC callback key (generated unless given); the old one verifies for the grace period. */
export async function rotateTrtcCallbackKey(
  db: Db,
  sdkAppId: number,
  options: { key?: string; nowMs?: number } = {},
): Promise<KeyChange> {
  const key = options.key ?? newTrtcCallbackKey();
  const until = new Date((options.nowMs ?? Date.now()) + TRTC_KEY_GRACE_MS);
  const [row] = await replaceKey(db, eq(applications.sdkAppId, sdkAppId), key, until);
  if (!row) return { ok: false, reason: "unknown-app" };
  return { ok: true, key, previousKeyValidUntil: row.previous ? row.until : null };
}

/**
 * Makes `key` the TRTC callback key of these apps where it is not already: the launcher's key in
 * local mode, or an operator's TRTC_CALLBACK_KEY (what TRTC's console was given). An app whose key
 * differed keeps its old key verifying for the grace period, as after a rotation. Several console
 * instances starting at once change each app once. Returns the apps whose key changed.
 */
export async function pinTrtcCallbackKey(
  db: Db,
  sdkAppIds: readonly number[],
  key: string,
  nowMs: number = Date.now(),
): Promise<number[]> {
  if (sdkAppIds.length === 0) return [];
  const until = new Date(nowMs + TRTC_KEY_GRACE_MS);
  const rows = await replaceKey(
    db,
    and(
      inArray(applications.sdkAppId, [...sdkAppIds]),
      or(isNull(applications.trtcCallbackKey), ne(applications.trtcCallbackKey, key)),
    ),
    key,
    until,
  );
  return rows.map((row) => row.sdkAppId);
}
