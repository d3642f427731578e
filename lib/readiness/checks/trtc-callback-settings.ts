import { msg } from "@/lib/i18n/message";
import type { ReadinessCheck } from "../check-context";
import { FIX_URLS } from "../fix-urls";
import type { PublicUrl, ReadinessLine, ReadinessTarget } from "../types";

/** The console's receiver of TRTC's three callback groups (room, media, cloud recording). */
export const TRTC_CALLBACK_PATH = "/api/callbacks/trtc";

const K = "readiness.checks.trtcCallbackSettings";

/**
 * What TRTC's console must be given for the app (Application management → the app → Callback
 * configuration, doc 647/52428): the room and media callback URLs, the recording callback URL for
 * cloud-recording apps, and the callback key (≤ 32 letters and digits) the console verifies Sign
 * with. TRTC has no API for these, so the check can only say them; the last-event lines tell
 * whether Tencent reaches the console with them.
 */
export function interpretTrtcCallbackSettings(
  target: Pick<ReadinessTarget, "sdkAppId" | "generation" | "stored">,
  publicUrl: PublicUrl,
): ReadinessLine {
  const id = "trtc-callback-settings";
  const url = publicUrl.origin
    ? `${publicUrl.origin}${TRTC_CALLBACK_PATH}`
    : msg("readiness.format.unknownPublicUrl", { path: TRTC_CALLBACK_PATH });
  const recording = target.generation === "cloud" ? msg(`${K}.recording`, { url }) : msg(`${K}.noRecording`);
  const key = msg(
    target.stored === null ? `${K}.keyUnknown` : target.stored.hasTrtcCallbackKey ? `${K}.keySet` : `${K}.keyMissing`,
  );
  const hasProblem = !publicUrl.origin || target.stored?.hasTrtcCallbackKey === false;
  const sdkAppId = String(target.sdkAppId);
  return {
    id,
    status: hasProblem ? "warning" : "ok",
    title: msg(`${K}.title`, { sdkAppId }),
    detail: msg(`${K}.detail`, { sdkAppId, url, recording, key }),
    fixUrl: FIX_URLS.trtcApplications,
  };
}

export const trtcCallbackSettingsCheck: ReadinessCheck = async ({ target, publicUrl }) =>
  interpretTrtcCallbackSettings(target, publicUrl);
