/**
 * `npm run doctor`: the account readiness check of one TRTC app, as plain text. Exit code 0 when
 * nothing blocks recording, 1 when something does, 2 when the check could not run (bad arguments
 * or configuration). Options: `--app <SdkAppId>` (default TRTC_SDK_APP_ID) and
 * `--generation legacy|cloud` (for an app the console's database cannot tell: see below).
 *
 * The console's own facts (the app's push domain, VOD application, TRTC callback key, the last
 * callback events) are read from its database only when DATABASE_URL is PostgreSQL, read-only. The
 * embedded PGlite is held by the running console and no second process may open it: then those
 * lines say they are on the Overview card, which runs the same check inside the console.
 */
import { spawnSync } from "node:child_process";
import { loadEnvConfig } from "@next/env";
import type { RecordingGeneration } from "../lib/schemas/application";
import type { ReadinessTarget, StoredApplication } from "../lib/readiness/types";

/**
 * lib/ marks its server modules with `import "server-only"`, which resolves to an empty module
 * only under React's `react-server` export condition (as inside Next). So the script runs itself
 * again with that condition; everything from lib/ is imported dynamically, after that.
 */
const SERVER_CONDITION = "--conditions=react-server";

const USAGE = "usage: npm run doctor -- [--app <SdkAppId>] [--generation legacy|cloud]";

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): { sdkAppId: number | null; generation: RecordingGeneration | null } {
  let sdkAppId: number | null = null;
  let generation: RecordingGeneration | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === "--help" || flag === "-h") throw new UsageError(USAGE);
    if (flag === "--app" && value && /^\d+$/.test(value)) sdkAppId = Number(value);
    else if (flag === "--generation" && (value === "legacy" || value === "cloud")) generation = value;
    else throw new UsageError(`${flag ?? ""} ${value ?? ""}: not understood.\n${USAGE}`);
    index += 1;
  }
  return { sdkAppId, generation };
}

/** The address the launcher gives the console when NEXTAUTH_URL is unset (scripts/run.ts). */
function launcherOrigin(): string {
  const host = process.env.HOST ?? "127.0.0.1";
  return `http://${host === "0.0.0.0" ? "localhost" : host}:${process.env.PORT ?? "3000"}`;
}

async function main(): Promise<number> {
  loadEnvConfig(process.cwd());
  const args = parseArgs(process.argv.slice(2));
  const { env } = await import("../lib/env");
  const { cloudClients } = await import("../lib/cloud/clients");
  const { runReadiness } = await import("../lib/readiness/run-readiness");
  const { renderReadinessText } = await import("../lib/readiness/render-text");
  const { isBlocked } = await import("../lib/readiness/types");
  const sdkAppId = args.sdkAppId ?? env.cloud.sdkAppId;
  const startup = env.startupApplications.find((app) => app.sdkAppId === sdkAppId);

  const database = env.database.kind === "postgres" ? env.database.url : null;
  const opened = database ? (await import("../lib/readiness/read-only-database")).openReadOnlyDatabase(database) : null;
  try {
    let stored: (StoredApplication & { generation: RecordingGeneration }) | null = null;
    if (opened) {
      const { readStoredApplication } = await import("../lib/readiness/stored-application");
      stored = await readStoredApplication(opened.db, sdkAppId);
    }
    const generation = args.generation ?? stored?.generation ?? startup?.generation;
    if (!generation) {
      throw new UsageError(
        `App ${sdkAppId} is not one the console registers at start, and its database cannot be read here: say its recording generation with --generation legacy|cloud.`,
      );
    }
    const target: ReadinessTarget = {
      sdkAppId,
      generation,
      generationSource: args.generation
        ? "as given with --generation"
        : stored
          ? "as set under Applications"
          : "as configured by TRTC_RECORDING_GENERATION",
      stored: stored
        ? {
            pushDomain: stored.pushDomain,
            defaultVodSubAppId: stored.defaultVodSubAppId,
            hasTrtcCallbackKey: stored.hasTrtcCallbackKey,
          }
        : null,
    };
    const { readLastCallbackEvents } = await import("../lib/readiness/last-callback-events");
    const report = await runReadiness({
      clients: cloudClients(),
      target,
      cloud: env.cloud,
      publicUrl: env.auth.url
        ? { origin: new URL(env.auth.url).origin, source: "NEXTAUTH_URL" }
        : { origin: launcherOrigin(), source: "the launcher's default (NEXTAUTH_URL is not set)" },
      callbackEvents: opened
        ? { read: () => readLastCallbackEvents(opened.db, sdkAppId) }
        : {
            unavailable:
              "The console keeps callbacks in its embedded PGlite database, which only the running console may open: see this line on the Overview card (or point DATABASE_URL at the console's PostgreSQL).",
          },
    });
    const notes = opened
      ? []
      : [
          "The console's database (embedded PGlite) is not opened here: the app's stored push domain, VOD application, TRTC callback key and last events are on the Overview card.",
        ];
    process.stdout.write(renderReadinessText(report, notes));
    return isBlocked(report) ? 1 : 0;
  } finally {
    await opened?.close();
  }
}

if (!process.execArgv.includes(SERVER_CONDITION)) {
  const script = process.argv[1] ?? "scripts/doctor.ts";
  const child = spawnSync(process.execPath, [SERVER_CONDITION, "--import", "tsx", script, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(child.status ?? 2);
} else {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
