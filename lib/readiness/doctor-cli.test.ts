import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeAccount } from "../../local-cloud/test/helpers/account-control";
import { startAccountTestCloud, type AccountTestCloud } from "../../local-cloud/test/helpers/account-test-cloud";
import {
  legacyApp,
  TEST_APP,
  TEST_CREDENTIAL,
  TEST_PUSH_DOMAIN,
  testAccount,
} from "../../local-cloud/test/helpers/test-cloud";
import { openDatabase } from "@/lib/db/open-database";
import { applications, callbackEvents } from "@/lib/db/schema";
import { testDatabaseKinds, type TestDatabase } from "@/lib/db/testing/test-databases";

/* `npm run doctor` as a user runs it, against a real local cloud: its text and its exit code. */

let env: AccountTestCloud;
let consoleDataDir: string;

beforeAll(async () => {
  env = await startAccountTestCloud({ account: testAccount([legacyApp(TEST_APP)]) });
  consoleDataDir = await mkdtemp(path.join(os.tmpdir(), "doctor-console-"));
});

afterAll(async () => {
  await env?.close();
  if (consoleDataDir) await rm(consoleDataDir, { recursive: true, force: true });
});

function doctor(
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/doctor.ts"], {
    env: {
      NODE_ENV: "test",
      PATH: process.env.PATH ?? "",
      TENCENTCLOUD_SECRET_ID: TEST_CREDENTIAL.secretId,
      TENCENTCLOUD_SECRET_KEY: TEST_CREDENTIAL.secretKey,
      TENCENTCLOUD_ENDPOINT: env.cloud.url,
      TRTC_SDK_APP_ID: String(TEST_APP),
      TRTC_SDK_SECRET_KEY: "doctor-test-sdk-key",
      TRTC_RECORDING_GENERATION: "legacy",
      NEXTAUTH_SECRET: "doctor-test-secret-0123456789",
      NEXTAUTH_URL: "https://console.example.com",
      CONSOLE_DATA_DIR: consoleDataDir,
      ...extraEnv,
    },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run doctor", () => {
  it("exits 0 when nothing blocks recording, and says the PGlite lines are on the Overview card", async () => {
    const run = await doctor();
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`Readiness of TRTC app ${TEST_APP} (legacy recording)`);
    expect(run.stdout).toContain("[ok]          Tencent Cloud accepts the console's keys");
    expect(run.stdout).toContain("[not checked] Last TRTC room or media event (EventGroupId 1, 2): not read");
    expect(run.stdout).toContain("see this line on the Overview card");
    expect(run.stdout).toMatch(/: nothing blocks recording\.\n$/);
    expect(run.code).toBe(0);
  });

  it("exits 1 when something blocks recording", async () => {
    await changeAccount(env.cloud, (account) => ({ ...account, hasPushDomain: false }));
    const run = await doctor();
    expect(run.stdout).toContain("[BLOCKING]    No push domain: relay to CDN is off");
    expect(run.stdout).toContain("              Fix: https://console.cloud.tencent.com/trtc/app");
    expect(run.stdout).toMatch(/: recording is blocked\.\n$/);
    expect(run.code).toBe(1);
  });
});

const postgres = testDatabaseKinds().find((kind) => kind.name === "PostgreSQL");

// PostgreSQL only when TEST_DATABASE_URL names a server (CI sets it): the CLI never opens PGlite.
describe.skipIf(!postgres)("npm run doctor with DATABASE_URL on PostgreSQL", () => {
  let database: TestDatabase | undefined;

  beforeAll(async () => {
    await changeAccount(env.cloud, () => testAccount([legacyApp(TEST_APP)]));
    database = await postgres?.create();
    if (database?.config.kind !== "postgres") throw new Error("expected a PostgreSQL test database");
    const opened = await openDatabase(database.config);
    await opened.db.insert(applications).values({
      sdkAppId: TEST_APP,
      name: "legacy",
      streamPath: `trtc_${TEST_APP}`,
      pushDomain: TEST_PUSH_DOMAIN,
      recordingGeneration: "legacy",
      trtcCallbackKey: "doctorTestKey",
    });
    await opened.db.insert(callbackEvents).values({
      dedupeKey: "room-event",
      family: "trtc",
      sdkAppId: TEST_APP,
      eventType: 103,
      signatureValid: true,
      rawBody: "{}",
      receivedAt: new Date(Date.now() - 120_000),
    });
    await opened.close();
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it("reads the app's stored facts and its last events from the console's database", async () => {
    if (database?.config.kind !== "postgres") throw new Error("expected a PostgreSQL test database");
    const run = await doctor({ DATABASE_URL: database.config.url });
    expect(run.stderr).toBe("");
    expect(run.stdout).not.toContain("embedded PGlite");
    expect(run.stdout).toContain("[ok]          Recording generation: legacy recording (as set under Applications)");
    expect(run.stdout).toContain("[ok]          Last verified TRTC room or media event (EventGroupId 1, 2): ");
    expect(run.stdout).toContain("(2 min ago)");
    expect(run.stdout).toContain("the callback key: the one under Settings → TRTC callbacks.");
    expect(run.code).toBe(0);
  });
});
