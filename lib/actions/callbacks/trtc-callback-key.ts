import "server-only";
import { and, eq, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import { TRTC_KEY_GRACE_MS } from "@/lib/data/callbacks/trtc-key-state";
import { newTrtcCallbackKey } from "@/lib/callbacks/new-trtc-callback-key";

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
