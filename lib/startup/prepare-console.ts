import "server-only";
import { messageText } from "@/lib/i18n/message-text";
import { getDb } from "@/lib/db";
import { ensureApplications, fillMissingPushDomains } from "@/lib/actions/applications/ensure-application";
import { startInboxRetentionJob } from "@/lib/callbacks/inbox-retention-job";
import { startJoinWorker } from "@/lib/health/joins/join-worker";
import { startQualityCheckWorker } from "@/lib/health/quality/check-worker";
import { mediaUrlOf } from "@/lib/health/quality/media-url-of";
import { startReconcileJob } from "@/lib/health/reconcile/reconcile-job";
import { pinTrtcCallbackKey } from "@/lib/actions/callbacks/trtc-callback-key";
import { env } from "@/lib/env";
import { ensureFirstAdmin, hasAnyUser } from "@/lib/actions/users/ensure-first-admin";

/** Database migrations, the configured applications and the first admin, before the server takes requests. */
export async function prepareConsole(): Promise<void> {
  const db = await getDb();
  await ensureApplications(db, env.startupApplications);
  if (env.trtcCallbackKey) {
    // The key TRTC's console was given (the launcher's, in local mode); never printed.
    const changed = await pinTrtcCallbackKey(
      db,
      env.startupApplications.map((app) => app.sdkAppId),
      env.trtcCallbackKey,
    );
    if (changed.length > 0)
      console.log(`TRTC callback key set from TRTC_CALLBACK_KEY for SdkAppId ${changed.join(", ")}`);
  }
  // The push domain is the account's (DescribeLiveDomains), not derived from the SdkAppId.
  const domains = await fillMissingPushDomains(db);
  if (domains.filled.length > 0) console.log(`Push domain found for SdkAppId ${domains.filled.join(", ")}`);
  // The log is English whatever the viewers' languages: the problem is put into English words.
  if (domains.problem) console.warn(`Push domain not set: ${messageText(domains.problem)} Set it under Applications.`);
  const result = await ensureFirstAdmin(db, {
    firstAdmin: env.auth.firstAdmin,
    isLocalMode: env.cloud.mode === "local",
  });
  if (result.created && result.generatedPassword) {
    // Printed once, on purpose: the only way a local-mode user learns the generated password.
    console.log(
      `\n  First admin created: ${result.email}\n  Password: ${result.generatedPassword}\n  (shown once; to choose your own, set ADMIN_EMAIL and ADMIN_PASSWORD before the first start)\n`,
    );
  } else if (result.created) {
    console.log(`First admin created: ${result.email}`);
  } else if (!(await hasAnyUser(db))) {
    console.warn("No console user exists and none was created: set ADMIN_EMAIL and ADMIN_PASSWORD and restart.");
  }
  startInboxRetentionJob(db);
  startReconcileJob(db);
  startQualityCheckWorker({ db, mediaUrlOf: (row) => mediaUrlOf(db, row) });
  startJoinWorker({ db });
  console.log(
    `Console ready: ${env.cloud.mode === "local" ? "local cloud" : "Tencent Cloud"} (${env.cloud.endpoint ?? "default endpoints"}), SdkAppId ${env.cloud.sdkAppId}, database ${env.database.kind}`,
  );
}
