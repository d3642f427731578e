import "server-only";
import { getDb } from "@/lib/db";
import { ensureApplication } from "@/lib/applications/ensure-application";
import { env } from "@/lib/env";
import { ensureFirstAdmin, hasAnyUser } from "@/lib/users/ensure-first-admin";

/** Database migrations and the first admin, before the server takes requests. */
export async function prepareConsole(): Promise<void> {
  const db = await getDb();
  await ensureApplication(db, env.cloud.sdkAppId, `TRTC app ${env.cloud.sdkAppId}`);
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
  console.log(
    `Console ready: ${env.cloud.mode === "local" ? "local cloud" : "Tencent Cloud"} (${env.cloud.endpoint ?? "default endpoints"}), SdkAppId ${env.cloud.sdkAppId}, database ${env.database.kind}`,
  );
}
