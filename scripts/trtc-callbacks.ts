/**
 * The launcher's part in TRTC's callbacks, local mode only. On a real account an admin gives
 * TRTC's console the URLs and key that Settings → TRTC callbacks shows; here the launcher does it
 * through the local cloud's stand-in for that page (`PUT /_local/trtc-callbacks/<SdkAppId>`).
 *
 * The console's embedded database cannot be opened by a second process, so the launcher does not
 * read the console's key: it keeps its own random key in the console's data dir and gives it to
 * the console as TRTC_CALLBACK_KEY, which the console makes the startup apps' key at start.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { newTrtcCallbackKey, TRTC_CALLBACK_KEY_PATTERN } from "../lib/callbacks/new-trtc-callback-key";
import { TRTC_CALLBACK_PATH } from "../lib/callbacks/trtc-callback-urls";
import { CONTROL_SECRET_HEADER } from "../local-cloud/src/core/http/control-secret";

/** Where the launcher keeps the local TRTC callback key: next to the console's own data. */
export const LOCAL_KEY_FILE = "trtc-callback-key";

/**
 * The TRTC callback key of a local run: `given` (TRTC_CALLBACK_KEY) when set, else the one kept in
 * `<consoleDataDir>/trtc-callback-key`, made on the first run (owner-only, 0600) and kept after,
 * so restarts keep the key the console and the local cloud agree on.
 */
export function localTrtcCallbackKey(consoleDataDir: string, given?: string): string {
  if (given) return given;
  const file = path.join(consoleDataDir, LOCAL_KEY_FILE);
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (TRTC_CALLBACK_KEY_PATTERN.test(kept)) return kept;
  }
  mkdirSync(consoleDataDir, { recursive: true });
  const key = newTrtcCallbackKey();
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

export interface TrtcCallbackSetup {
  /** The local cloud's base URL, e.g. http://127.0.0.1:4566. */
  localCloudUrl: string;
  /** Its control secret (see scripts/local-cloud-control-secret.ts), which every change through `/_local/*` needs. */
  controlSecret: string;
  /** The console as the local cloud reaches it, e.g. http://127.0.0.1:3000. */
  consoleUrl: string;
  key: string;
  /** The apps the console registers at start; those the local account has are configured. */
  sdkAppIds: readonly number[];
}

async function localAccountApps(localCloudUrl: string): Promise<Set<number>> {
  const response = await fetch(`${localCloudUrl}/_local/account`);
  if (!response.ok) throw new Error(`GET /_local/account answered ${response.status}`);
  const account = (await response.json()) as { apps?: Array<{ sdkAppId?: unknown }> };
  return new Set((account.apps ?? []).flatMap((app) => (typeof app.sdkAppId === "number" ? [app.sdkAppId] : [])));
}

/**
 * Points both TRTC callbacks (room and media; cloud recording) of each app at the console's one
 * receiver, signed with the key, as an admin would on TRTC's console. Apps the local account does
 * not have are skipped (the local cloud would refuse them). Returns which apps got which.
 */
export async function configureLocalTrtcCallbacks(
  setup: TrtcCallbackSetup,
): Promise<{ configured: number[]; skipped: number[] }> {
  const apps = await localAccountApps(setup.localCloudUrl);
  const target = { url: `${setup.consoleUrl.replace(/\/+$/, "")}${TRTC_CALLBACK_PATH}`, key: setup.key };
  const configured: number[] = [];
  const skipped: number[] = [];
  for (const sdkAppId of setup.sdkAppIds) {
    if (!apps.has(sdkAppId)) {
      skipped.push(sdkAppId);
      continue;
    }
    const response = await fetch(`${setup.localCloudUrl}/_local/trtc-callbacks/${sdkAppId}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", [CONTROL_SECRET_HEADER]: setup.controlSecret },
      body: JSON.stringify({ roomAndMedia: target, recording: target }),
    });
    // The answer names the bad field, never the key.
    if (!response.ok)
      throw new Error(`PUT /_local/trtc-callbacks/${sdkAppId}: ${response.status} ${await response.text()}`);
    configured.push(sdkAppId);
  }
  return { configured, skipped };
}
