/**
 * `npm run dev` / `npm start`: validates the configuration, starts the local cloud when no
 * Tencent credentials are set (and waits until it accepts work), then the console; stops both
 * together. In Tencent mode only the console runs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { loadEnvConfig } from "@next/env";
import { parseEnv } from "../lib/env/parse";
import type { Env } from "../lib/env/resolve";
import { consoleOrigins } from "./console-origins";
import { localCloudControlSecret } from "./local-cloud-control-secret";
import { needsBuild } from "./needs-build";
import { waitForHealth } from "./wait-for-health";
import { configureLocalTrtcCallbacks, localTrtcCallbackKey } from "./trtc-callbacks";

type Mode = "dev" | "start";

const LOCAL_CLOUD_READY_TIMEOUT_MS = 180_000;
const children = new Set<ChildProcess>();
let isStopping = false;

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

function stopAll(exitCode: number): void {
  if (isStopping) return;
  isStopping = true;
  for (const child of children) child.kill("SIGTERM");
  const exitWhenDone = () => (children.size === 0 ? process.exit(exitCode) : setTimeout(exitWhenDone, 100));
  exitWhenDone();
}

/**
 * Local mode: TRTC's callbacks of the startup apps point at the console about to start, signed
 * with the launcher's local key, which the console is given as TRTC_CALLBACK_KEY. A failure here
 * leaves the console running: recording tasks then follow DescribeCloudRecording alone.
 */
async function connectTrtcCallbacks(env: Env, consoleUrl: string): Promise<Record<string, string>> {
  const key = localTrtcCallbackKey(env.consoleDataDir, env.trtcCallbackKey);
  try {
    const { configured, skipped } = await configureLocalTrtcCallbacks({
      localCloudUrl: `http://127.0.0.1:${env.localCloud.port}`,
      controlSecret: await localCloudControlSecret(env.localCloud.dataDir),
      consoleUrl,
      key,
      sdkAppIds: env.startupApplications.map((app) => app.sdkAppId),
    });
    if (configured.length > 0)
      console.log(`TRTC callbacks of SdkAppId ${configured.join(", ")} → ${consoleUrl}/api/callbacks/trtc`);
    if (skipped.length > 0)
      console.warn(`SdkAppId ${skipped.join(", ")}: not an app of the local account, its TRTC callbacks are not set.`);
  } catch (error) {
    console.warn(
      `The local cloud's TRTC callbacks could not be set (${error instanceof Error ? error.message : String(error)}): rooms and tasks will not follow TRTC's events.`,
    );
  }
  return { TRTC_CALLBACK_KEY: key };
}

/** `origins`: the console's, whose pages may read the local cloud's media (unless LOCAL_CLOUD_CONSOLE_ORIGIN says). */
async function startLocalCloud(env: Env, origins: string[]): Promise<void> {
  console.log("Local mode (no TENCENTCLOUD_SECRET_ID): starting the local cloud…");
  const child = run(process.execPath, ["--import", "tsx", "local-cloud/src/main.ts"], {
    LOCAL_CLOUD_CONSOLE_ORIGIN: process.env.LOCAL_CLOUD_CONSOLE_ORIGIN || origins.join(","),
  });
  child.on("exit", (code) => {
    if (!isStopping) {
      console.error(`The local cloud stopped (exit ${code ?? "signal"}); stopping the console too.`);
      stopAll(1);
    }
  });
  await waitForHealth(`http://127.0.0.1:${env.localCloud.port}/_local/health`, child, {
    name: "local cloud",
    timeoutMs: LOCAL_CLOUD_READY_TIMEOUT_MS,
  });
}

async function main(mode: Mode): Promise<void> {
  // The same .env files Next reads, so the launcher and the console agree on the mode.
  loadEnvConfig(process.cwd(), mode === "dev");
  const env = parseEnv(process.env);
  process.on("SIGINT", () => stopAll(0));
  process.on("SIGTERM", () => stopAll(0));

  const host = process.env.HOST ?? "127.0.0.1";
  const port = process.env.PORT ?? "3000";
  const publicUrl = process.env.NEXTAUTH_URL ?? `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  if (env.cloud.mode === "local") await startLocalCloud(env, consoleOrigins({ host, port, publicUrl }));

  // The local cloud runs on this machine: it reaches the console directly, whatever NEXTAUTH_URL says.
  const directUrl = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  const consoleEnv = {
    NEXTAUTH_URL: publicUrl,
    ...(env.cloud.mode === "local" ? await connectTrtcCallbacks(env, directUrl) : {}),
  };
  const nextBin = "node_modules/next/dist/bin/next";
  if (!existsSync(nextBin)) throw new Error("Next.js is not installed: run `npm install` first.");

  if (mode === "start" && needsBuild()) {
    console.log("Building the console (first start, or sources changed since the last build)…");
    const build = run(process.execPath, [nextBin, "build"]);
    const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
    if (code !== 0) {
      console.error("The build failed.");
      stopAll(1);
      return;
    }
  }
  const next = run(process.execPath, [nextBin, mode, "--hostname", host, "--port", port], consoleEnv);
  next.on("exit", (code) => {
    if (!isStopping) stopAll(code ?? 0);
  });
}

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: tsx scripts/run.ts dev|start");
  process.exit(2);
}
main(mode).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
