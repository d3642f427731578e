import "server-only";
import type { ActionError } from "@/lib/actions/result";
import type { CurrentApplication } from "@/lib/data/applications/current-application";
import { generationRefusal } from "@/lib/applications/generation-guard";
import { pushDomainRefusedMessage, pushTargetOf, type KnownPushTarget } from "@/lib/data/applications/push-target";
import { CloudError } from "@/lib/cloud/errors";
import type { Db } from "@/lib/db/open-database";

export type SettingsTarget = { ok: true; target: KnownPushTarget } | { ok: false; error: ActionError };

/**
 * Where the legacy recording settings apply: only a legacy app has them (a cloud-recording app's
 * global auto-recording is set in TRTC's console), and only once its push domain is known.
 */
export async function settingsTargetOf(db: Db, application: CurrentApplication): Promise<SettingsTarget> {
  const refusal = generationRefusal(application, "recordingSettings");
  if (refusal) return { ok: false, error: { code: "CONFLICT", message: refusal } };
  const target = await pushTargetOf(db, application);
  return target.ok ? target : { ok: false, error: { code: "CONFLICT", message: target.message } };
}

/**
 * Runs the cloud calls of applying settings; CSS refusing the rules' domain comes back as a
 * failure that names the value to change (the app's push domain). Anything else is rethrown.
 */
export async function explainingPushDomain<T>(
  target: KnownPushTarget,
  run: () => Promise<T>,
): Promise<{ ok: true; data: T } | { ok: false; error: ActionError }> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    if (error instanceof CloudError && error.code === "CLOUD_PUSH_DOMAIN_NOT_FOUND")
      return { ok: false, error: { code: error.code, message: pushDomainRefusedMessage(target) } };
    throw error;
  }
}
