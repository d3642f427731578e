import "server-only";
import type { Db } from "@/lib/db/open-database";
import { lastVerifiedTrtcEvents } from "@/lib/data/callbacks/last-trtc-events";
import { TRTC_KEY_GRACE_MS, trtcKeyStateOf } from "@/lib/data/callbacks/trtc-key-state";
import { trtcCallbackUrls, type TrtcCallbackUrls } from "@/lib/callbacks/trtc-callback-urls";

/** What the TRTC callbacks card shows of an app: plain data, no key. */
export interface TrtcCallbackOverview {
  sdkAppId: number;
  urls: TrtcCallbackUrls;
  hasKey: boolean;
  /** ISO; null when no key from before a rotation verifies any more. */
  previousKeyValidUntil: string | null;
  graceHours: number;
  /** ISO times of the last verified event of each callback; null: never. */
  lastEvents: { roomAndMedia: string | null; recording: string | null };
}

/** The app's TRTC callback settings as the console holds them, and whether TRTC reaches it. */
export async function getTrtcCallbackOverview(db: Db, sdkAppId: number, origin: string): Promise<TrtcCallbackOverview> {
  const [state, last] = await Promise.all([trtcKeyStateOf(db, sdkAppId), lastVerifiedTrtcEvents(db, sdkAppId)]);
  return {
    sdkAppId,
    urls: trtcCallbackUrls(origin),
    hasKey: state.hasKey,
    previousKeyValidUntil: state.previousKeyValidUntil?.toISOString() ?? null,
    graceHours: TRTC_KEY_GRACE_MS / 3600_000,
    lastEvents: {
      roomAndMedia: last.roomAndMedia?.toISOString() ?? null,
      recording: last.recording?.toISOString() ?? null,
    },
  };
}
