import "server-only";
import { and, eq, gte, lt, max } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { callbackEvents } from "@/lib/db/schema";

/** When the newest verified event of each TRTC callback arrived; null: never. */
export interface LastTrtcEvents {
  /** Room and media events (groups 1 and 2: 101–105, 201–206), one callback URL on TRTC's console. */
  roomAndMedia: Date | null;
  /** Cloud-recording events (group 3: 301–312), the other. */
  recording: Date | null;
}

/** Event types by callback: TRTC numbers them by group (1xx room, 2xx media, 3xx recording). */
const TYPE_RANGES = { roomAndMedia: [100, 300], recording: [300, 400] } as const;

async function lastOf(db: Db, sdkAppId: number, [from, to]: readonly [number, number]): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(callbackEvents.receivedAt) })
    .from(callbackEvents)
    .where(
      and(
        eq(callbackEvents.family, "trtc"),
        eq(callbackEvents.sdkAppId, sdkAppId),
        eq(callbackEvents.signatureValid, true),
        gte(callbackEvents.eventType, from),
        lt(callbackEvents.eventType, to),
      ),
    );
  return row?.at ?? null;
}

/**
 * When the newest verified event of each of an app's TRTC callbacks arrived (its first delivery,
 * as the readiness check reads it too), so an admin sees whether Tencent gets through.
 */
export async function lastVerifiedTrtcEvents(db: Db, sdkAppId: number): Promise<LastTrtcEvents> {
  const [roomAndMedia, recording] = await Promise.all([
    lastOf(db, sdkAppId, TYPE_RANGES.roomAndMedia),
    lastOf(db, sdkAppId, TYPE_RANGES.recording),
  ]);
  return { roomAndMedia, recording };
}
