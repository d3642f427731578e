/**
 * `npm run local-cloud` (and the console's launcher, `node --import tsx local-cloud/src/main.ts`):
 * starts the local cloud from the environment and stops it cleanly on SIGINT/SIGTERM.
 */
import { pushDomainOf } from "@shared/local-cloud-account";
import { CONTROL_SECRET_HEADER } from "./core/http/control-secret";
import { controlSecretPath } from "./core/http/control-secret-file";
import { readEnv, EnvError } from "./env/read-env";
import type { LocalCloud } from "./options";
import { startLocalCloud } from "./server";

/** A repeated signal later than this forces the exit; earlier ones are echoes of the first. */
const FORCE_EXIT_AFTER_MS = 1000;

function closeAndExit(cloud: LocalCloud): void {
  cloud
    .close()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(`Stopping the local cloud failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}

async function main(): Promise<void> {
  const options = readEnv(process.env);
  const starting = startLocalCloud(options);
  let stoppingSince: number | undefined;
  const stop = (signal: NodeJS.Signals) => {
    if (stoppingSince !== undefined) {
      // tsx relays the signal it got to us as well, so one Ctrl-C arrives twice in a row.
      if (Date.now() - stoppingSince < FORCE_EXIT_AFTER_MS) return;
      console.error(`${signal} again: exiting without waiting for the cleanup.`);
      process.exit(1);
    }
    stoppingSince = Date.now();
    // During start-up, the stop waits for the start to finish (a failed start exits by itself).
    starting.then(closeAndExit, () => undefined);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  const cloud = await starting;
  if (stoppingSince !== undefined) return;
  console.log(
    `Local cloud ready: API ${cloud.url} (SDK endpoint 127.0.0.1:${cloud.port}, protocol http://), ` +
      `RTMP rtmp://127.0.0.1:${cloud.rtmpPort}/trtc_<SdkAppId>/<streamId>, data ${options.dataDir}; ` +
      `start-up account: apps ${options.account.apps.map((app) => `${app.sdkAppId} (${app.generation})`).join(", ")}, ` +
      `push domain ${pushDomainOf(options.account.bizId)} (GET /_local/account for the account now); ` +
      // Where the secret is, never the secret: logs are read by more people than the data dir.
      `control plane: changes need the ${CONTROL_SECRET_HEADER} header, the secret ` +
      (options.controlSecret ? "in LOCAL_CLOUD_CONTROL_SECRET" : `in ${controlSecretPath(options.dataDir)}`),
  );
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`The local cloud could not start: ${detail}`);
    if (process.env.LOCAL_CLOUD_LOG_LEVEL === "debug" && error instanceof Error) console.error(error.stack);
  }
  process.exit(1);
});
