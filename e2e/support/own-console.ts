import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import { expect, type Browser } from "@playwright/test";
import { E2E, localCloudUrl } from "../config";
import { signIn } from "./sign-in";

/** A console of the spec's own, on its own port and PGlite directory, whose database the spec may open while it is stopped. */
export interface OwnConsole {
  url: string;
  /** Where its PGlite database lives. */
  databaseDir: string;
  /** Starts the built console (`next start`) and waits until it answers /api/health. */
  start(): Promise<void>;
  /** Stops it and waits for the process to end, so that its database may be opened. */
  stop(): Promise<void>;
  /** Removes its data directory (stopped first). */
  remove(): Promise<void>;
}

export function ownConsole(options: { port: number; dataDir: string }): OwnConsole {
  const url = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess | null = null;
  let output = "";
  const env = {
    ...process.env,
    TENCENTCLOUD_SECRET_ID: "",
    TENCENTCLOUD_SECRET_KEY: "",
    TENCENTCLOUD_ENDPOINT: localCloudUrl,
    DATABASE_URL: "",
    LOCAL_CLOUD_PORT: String(E2E.localCloudPort),
    LOCAL_CLOUD_RTMP_PORT: String(E2E.localCloudRtmpPort),
    LOCAL_CLOUD_DATA_DIR: E2E.localCloudDataDir,
    CONSOLE_DATA_DIR: options.dataDir,
    ADMIN_EMAIL: E2E.admin.email,
    ADMIN_PASSWORD: E2E.admin.password,
    NEXTAUTH_SECRET: E2E.authSecret,
    NEXTAUTH_URL: url,
    // No TRTC_CALLBACK_KEY: pinning it would write at every start, and this console receives no callbacks.
    TRTC_CALLBACK_KEY: "",
  };

  async function stop(): Promise<void> {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
    running.kill("SIGTERM");
    await exited;
    child = null;
  }

  return {
    url,
    databaseDir: `${options.dataDir}/db`,
    async start() {
      output = "";
      const started = spawn(
        process.execPath,
        ["node_modules/next/dist/bin/next", "start", "--hostname", "127.0.0.1", "--port", String(options.port)],
        { env, stdio: ["ignore", "pipe", "pipe"] },
      );
      child = started;
      started.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      started.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      await expect
        .poll(
          async () => {
            if (started.exitCode !== null) throw new Error(`the console exited (${started.exitCode}):\n${output}`);
            return fetch(`${url}/api/health`).then(
              (response) => response.status,
              () => 0,
            );
          },
          { timeout: 120_000, message: `the console on port ${options.port} answers /api/health` },
        )
        .toBe(200);
    },
    stop,
    async remove() {
      await stop();
      await rm(options.dataDir, { recursive: true, force: true });
    },
  };
}

/** The session cookie a user gets by signing in through the login form, as a `Cookie` header value. */
export async function sessionCookieOf(
  browser: Browser,
  consoleUrl: string,
  credentials: { email: string; password: string },
): Promise<string> {
  const context = await browser.newContext({ baseURL: consoleUrl });
  try {
    await signIn(await context.newPage(), credentials);
    const cookies = await context.cookies(consoleUrl);
    return cookies
      .filter((cookie) => cookie.name.includes("next-auth.session-token"))
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join("; ");
  } finally {
    await context.close();
  }
}
