import "server-only";
import type { Db } from "@/lib/db/open-database";
import { applicationKeyOf } from "@/lib/actions/callbacks/application-key";
import type { TestCallbackKind } from "@/lib/callbacks/test-delivery/sample-event";
import { trtcCallbackUrls } from "@/lib/callbacks/trtc-callback-urls";
import { lastSavedSettings } from "@/lib/data/settings/settings-history";
import { msg } from "@/lib/i18n/message";

/** Where a test delivery goes and what signs it; stays on the server (it holds a key). */
export type TestCallbackTarget = { ok: true; url: string; key: string } | { ok: false; problem: string };

/**
 * The configured receiver of a kind of callback, and its key: the recording callback URL the
 * console last applied to the CSS callback template with the callback key; for TRTC the console's
 * receiver, which TRTC's console is given (it has no API to read it back), with the app's TRTC key.
 */
export async function testCallbackTarget(
  db: Db,
  kind: TestCallbackKind,
  sdkAppId: number,
  origin: string,
): Promise<TestCallbackTarget> {
  if (kind === "css") {
    const [settings, application] = await Promise.all([
      lastSavedSettings(db, sdkAppId),
      applicationKeyOf(db, "css", sdkAppId),
    ]);
    if (!settings?.callbackUrl) return { ok: false, problem: msg("callbacks.testDelivery.errors.noRecordingUrl") };
    if (!application.key) return { ok: false, problem: msg("callbacks.testDelivery.errors.noCssKey") };
    return { ok: true, url: settings.callbackUrl, key: application.key };
  }
  const application = await applicationKeyOf(db, "trtc", sdkAppId);
  if (!application.key) return { ok: false, problem: msg("callbacks.testDelivery.errors.noTrtcKey") };
  return { ok: true, url: trtcCallbackUrls(origin).recording, key: application.key };
}
