import { spawn, type ChildProcess } from "node:child_process";
import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { readControlSecretFile } from "../../src/core/http/control-secret-file";
import { ALL_SAMPLE_CLIPS, type SampleClipSpec } from "../../src/media/samples/sample-catalog";
import type { AccountConfig } from "@shared/local-cloud-account";
import { TEST_CREDENTIAL, testAccount } from "./test-cloud";

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const READY_TIMEOUT_MS = 60_000;

export interface LocalCloudProcess {
  pid: number;
  /** The control secret it made and keeps in its data dir (the process is given none, as under the launcher). */
  controlSecret: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last of what it wrote to stderr, for failure messages. */
  stderrTail(): string;
  kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * The local cloud as the console's launcher runs it, `node --import tsx local-cloud/src/main.ts`,
 * in its own process (so that it can be killed with SIGKILL), configured by its environment.
 * Resolves once it prints that it is ready.
 */
export async function startLocalCloudProcess(options: {
  port: number;
  rtmpPort: number;
  dataDir: string;
  callbackRetryMs?: number;
  /** LOCAL_CLOUD_ACCOUNT; the test account by default. */
  account?: AccountConfig;
  /** A command that runs node for us (e.g. `unshare --pid --fork`); `pid` is then the wrapper's. */
  wrapper?: string[];
}): Promise<LocalCloudProcess> {
  const command = [...(options.wrapper ?? []), process.execPath, "--import", "tsx", "local-cloud/src/main.ts"];
  const child: ChildProcess = spawn(command[0] ?? process.execPath, command.slice(1), {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      LOCAL_CLOUD_PORT: String(options.port),
      LOCAL_CLOUD_RTMP_PORT: String(options.rtmpPort),
      LOCAL_CLOUD_DATA_DIR: options.dataDir,
      LOCAL_CLOUD_SECRET_ID: TEST_CREDENTIAL.secretId,
      LOCAL_CLOUD_SECRET_KEY: TEST_CREDENTIAL.secretKey,
      LOCAL_CLOUD_ACCOUNT: JSON.stringify(options.account ?? testAccount()),
      LOCAL_CLOUD_CALLBACK_RETRY_MS: String(options.callbackRetryMs ?? 200),
      LOCAL_CLOUD_LOG_LEVEL: process.env.LOCAL_CLOUD_TEST_LOG_LEVEL ?? "warn",
      // Empty, whatever the shell says: the process keeps its own in its data dir.
      LOCAL_CLOUD_CONTROL_SECRET: "",
    },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-8192);
    if (process.env.LOCAL_CLOUD_TEST_LOG_LEVEL) process.stderr.write(chunk);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(
      () => reject(new Error(`the local cloud was not ready in time:\n${stderr}`)),
      READY_TIMEOUT_MS,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      if (stdout.includes("Local cloud ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`the local cloud exited (${exit.signal ?? exit.code}) before it was ready:\n${stderr}`));
    });
  });
  const controlSecret = await readControlSecretFile(options.dataDir).catch(() => undefined);
  if (controlSecret === undefined) {
    child.kill("SIGKILL");
    await exited;
    throw new Error(`the local cloud is ready but left no readable control secret in ${options.dataDir}`);
  }
  return {
    pid: child.pid ?? 0,
    controlSecret,
    exited,
    stderrTail: () => stderr,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * Clips in place of the 30 s samples a first start would generate (it keeps any readable clip of
 * the catalog's names): short ones take a second instead of most of a minute on a small machine.
 * Each is a plain colour clip, the check clips' names included (their faults are left out).
 */
export async function seedShortSamples(
  dataDir: string,
  /** Every clip at this size instead of the catalog's, for tests that mix or record many at once. */
  size?: { width: number; height: number },
  /** The clips to seed; the others are generated at the start as usual. */
  clips: readonly SampleClipSpec[] = ALL_SAMPLE_CLIPS,
): Promise<void> {
  const dir = path.join(dataDir, "samples");
  await mkdir(dir, { recursive: true });
  for (const clip of clips) {
    const { width, height } = size ?? clip;
    await run(process.env.FFMPEG_PATH ?? "ffmpeg", [
      ...["-hide_banner", "-loglevel", "error", "-y"],
      ...["-f", "lavfi", "-i", `color=c=${clip.color}:s=${width}x${height}:r=15:d=1`],
      ...["-f", "lavfi", "-i", `sine=frequency=${clip.toneHz}:sample_rate=48000:duration=1`],
      ...["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"],
      ...["-movflags", "+faststart", path.join(dir, `${clip.name}.mp4`)],
    ]);
  }
}

/** Pids of processes whose command line mentions `text` (the ffmpegs a local cloud left writing into its data dir). */
export async function pidsMentioning(text: string): Promise<number[]> {
  const { stdout } = await run("ps", ["-eo", "pid=,args="]);
  return stdout
    .split("\n")
    .filter((line) => line.includes(text) && !line.includes("local-cloud/src/main.ts"))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((pid) => Number.isInteger(pid) && pid > 0 && pid !== process.pid);
}
