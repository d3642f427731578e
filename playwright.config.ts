import { defineConfig } from "@playwright/test";
import { E2E, consoleUrl, localCloudUrl } from "./e2e/config";
import { assertLocalEndpoint } from "./e2e/assert-local-endpoint";

// Refuse to run against anything but this machine: the specs add and remove users in rooms.
assertLocalEndpoint(localCloudUrl);

const serverEnv = {
  ...process.env,
  TENCENTCLOUD_SECRET_ID: "",
  TENCENTCLOUD_SECRET_KEY: "",
  TENCENTCLOUD_ENDPOINT: localCloudUrl,
  DATABASE_URL: "",
  LOCAL_CLOUD_PORT: String(E2E.localCloudPort),
  LOCAL_CLOUD_RTMP_PORT: String(E2E.localCloudRtmpPort),
  LOCAL_CLOUD_DATA_DIR: E2E.localCloudDataDir,
  LOCAL_CLOUD_CONTROL_SECRET: E2E.localCloudControlSecret,
  // The browser plays media from the local cloud on this page's origin: only it gets CORS answers.
  LOCAL_CLOUD_CONSOLE_ORIGIN: consoleUrl,
  CONSOLE_DATA_DIR: E2E.consoleDataDir,
  ADMIN_EMAIL: E2E.admin.email,
  ADMIN_PASSWORD: E2E.admin.password,
  NEXTAUTH_SECRET: E2E.authSecret,
  NEXTAUTH_URL: consoleUrl,
  // What `npm run dev` does with its local key: the console holds it, auth.setup gives it to the local cloud.
  TRTC_CALLBACK_KEY: E2E.trtcCallbackKey,
};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  // One worker: the specs share one local cloud and one console, and the machine has two cores.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: consoleUrl,
    // The specs read the English catalog's words; e2e/chinese.spec.ts asks for Chinese itself.
    locale: "en-US",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"], testIgnore: /.*\.setup\.ts/ },
  ],
  webServer: [
    {
      name: "local cloud",
      command: `rm -rf ${E2E.localCloudDataDir} && node --import tsx local-cloud/src/main.ts`,
      url: `${localCloudUrl}/_local/health`,
      env: serverEnv,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    {
      name: "console",
      command: `rm -rf ${E2E.consoleDataDir} && node node_modules/next/dist/bin/next start --hostname 127.0.0.1 --port ${E2E.consolePort}`,
      url: `${consoleUrl}/api/health`,
      env: serverEnv,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
