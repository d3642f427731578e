import type { ReadinessCheck } from "../check-context";
import { FIX_URLS } from "../fix-urls";
import type { PublicUrl, ReadinessLine, ReadinessTarget } from "../types";

/** The console's receiver of TRTC's three callback groups (room, media, cloud recording). */
export const TRTC_CALLBACK_PATH = "/api/callbacks/trtc";

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
  const url = publicUrl.origin ? `${publicUrl.origin}${TRTC_CALLBACK_PATH}` : `<public URL>${TRTC_CALLBACK_PATH}`;
  const recording =
    target.generation === "cloud"
      ? `recording callback (录制回调): ${url}`
      : "no recording callback (legacy apps get CSS's callbacks instead)";
  const key =
    target.stored === null
      ? "the callback key: the one under Settings → TRTC callbacks (whether one is set is shown on the Overview card)"
      : target.stored.hasTrtcCallbackKey
        ? "the callback key: the one under Settings → TRTC callbacks"
        : "the callback key: none is set yet — generate one under Settings → TRTC callbacks; until then the console refuses TRTC's events";
  const hasProblem = !publicUrl.origin || target.stored?.hasTrtcCallbackKey === false;
  return {
    id,
    status: hasProblem ? "warning" : "ok",
    title: `What TRTC's console must be given for app ${target.sdkAppId}`,
    detail: `In TRTC's console, Application management → app ${target.sdkAppId} → Callback configuration: room callback (房间回调) and media callback (媒体回调): ${url}; ${recording}; ${key}. Changes there take effect after about 5 minutes.`,
    fixUrl: FIX_URLS.trtcApplications,
  };
}

export const trtcCallbackSettingsCheck: ReadinessCheck = async ({ target, publicUrl }) =>
  interpretTrtcCallbackSettings(target, publicUrl);
