import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../../local-cloud/test/helpers/free-port";
import { waitForHealth } from "../../scripts/wait-for-health";

export const BENCH_ADMIN = { email: "bench@example.com", password: "bench-admin-password" };
export const BENCH_TRTC_KEY = "BenchTrtcCallbackKey0123456789ab";
export const BENCH_APP = 1400000123;

export interface ConsoleProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * The built console (`next start`, as in production) on a free 127.0.0.1 port, with its own data
 * dir or PostgreSQL database. No cloud behind it: the endpoint points at a closed port, which only
 * the start's push-domain lookup notices (a warning). Its TRTC callback key is BENCH_TRTC_KEY.
 */
export async function startConsole(options: { dataDir: string; databaseUrl?: string }): Promise<ConsoleProcess> {
  const port = await freePort();
  const closedPort = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "--hostname", "127.0.0.1", "--port", String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        TENCENTCLOUD_SECRET_ID: "",
        TENCENTCLOUD_SECRET_KEY: "",
        TENCENTCLOUD_ENDPOINT: `http://127.0.0.1:${closedPort}`,
        DATABASE_URL: options.databaseUrl ?? "",
        CONSOLE_DATA_DIR: options.dataDir,
        ADMIN_EMAIL: BENCH_ADMIN.email,
        ADMIN_PASSWORD: BENCH_ADMIN.password,
        NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
        NEXTAUTH_URL: url,
        TRTC_CALLBACK_KEY: BENCH_TRTC_KEY,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await waitForHealth(`${url}/api/health`, child, {
      name: "console (is it built? npm run build)",
      timeoutMs: 120_000,
    });
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
