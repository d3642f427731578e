import { describe, expect, it } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DEFAULT_ACCOUNT } from "@shared/local-cloud-account";
import { LOCAL_CLOUD_DEFAULTS } from "@shared/local-cloud-defaults";
import { EnvError, readEnv } from "./read-env";

function problemsOf(env: Record<string, string>): string[] {
  try {
    readEnv(env);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("readEnv", () => {
  it("falls back to the shared defaults", () => {
    expect(readEnv({})).toMatchObject({
      port: LOCAL_CLOUD_DEFAULTS.port,
      rtmpPort: LOCAL_CLOUD_DEFAULTS.rtmpPort,
      dataDir: LOCAL_CLOUD_DEFAULTS.dataDir,
      credentials: [{ secretId: LOCAL_CLOUD_DEFAULTS.secretId, secretKey: LOCAL_CLOUD_DEFAULTS.secretKey }],
      account: DEFAULT_ACCOUNT,
      ffmpegPath: "ffmpeg",
      ffprobePath: "ffprobe",
      logLevel: "info",
    });
  });

  it("reads every variable", () => {
    expect(
      readEnv({
        LOCAL_CLOUD_PORT: "4599",
        LOCAL_CLOUD_RTMP_PORT: "1999",
        LOCAL_CLOUD_DATA_DIR: "/tmp/lc",
        LOCAL_CLOUD_SECRET_ID: "id",
        LOCAL_CLOUD_SECRET_KEY: "key",
        LOCAL_CLOUD_SDK_APP_IDS: "1400000001, 1400000002",
        FFMPEG_PATH: "/opt/ffmpeg",
        FFPROBE_PATH: "/opt/ffprobe",
        LOCAL_CLOUD_LOG_LEVEL: "debug",
        LOCAL_CLOUD_CONTROL_SECRET: "a-control-secret-0123456789",
        LOCAL_CLOUD_CONSOLE_ORIGIN: "http://127.0.0.1:3100/, https://console.example.com,http://127.0.0.1:3100",
      }),
    ).toEqual({
      port: 4599,
      rtmpPort: 1999,
      dataDir: "/tmp/lc",
      credentials: [{ secretId: "id", secretKey: "key" }],
      account: {
        ...DEFAULT_ACCOUNT,
        apps: [
          ...DEFAULT_ACCOUNT.apps,
          { sdkAppId: 1400000001, generation: "legacy", hasMonitoringPackage: false },
          { sdkAppId: 1400000002, generation: "legacy", hasMonitoringPackage: false },
        ],
      },
      ffmpegPath: "/opt/ffmpeg",
      ffprobePath: "/opt/ffprobe",
      logLevel: "debug",
      controlSecret: "a-control-secret-0123456789",
      consoleOrigins: ["http://127.0.0.1:3100", "https://console.example.com"],
    });
  });

  it("leaves the control secret and the console's origins to the local cloud when unset", () => {
    const options = readEnv({ LOCAL_CLOUD_CONTROL_SECRET: " ", LOCAL_CLOUD_CONSOLE_ORIGIN: "" });
    expect(options.controlSecret).toBeUndefined();
    expect(options.consoleOrigins).toBeUndefined();
  });

  it("refuses a short or spaced control secret without repeating it, and what is not a bare origin", () => {
    const problems = problemsOf({
      LOCAL_CLOUD_CONTROL_SECRET: "short",
      LOCAL_CLOUD_CONSOLE_ORIGIN: "http://127.0.0.1:3000/console, ftp://files.example.com, 127.0.0.1:3000",
    });
    expect(problems).toEqual([
      "LOCAL_CLOUD_CONTROL_SECRET must be at least 16 characters",
      'LOCAL_CLOUD_CONSOLE_ORIGIN: "http://127.0.0.1:3000/console" is not a bare origin; write it as http://127.0.0.1:3000',
      'LOCAL_CLOUD_CONSOLE_ORIGIN: "ftp://files.example.com" is not an http:// or https:// origin',
      'LOCAL_CLOUD_CONSOLE_ORIGIN: "127.0.0.1:3000" is not a URL; write an origin such as http://127.0.0.1:3000',
    ]);
    expect(problemsOf({ LOCAL_CLOUD_CONTROL_SECRET: "sixteen chars with spaces" })).toEqual([
      "LOCAL_CLOUD_CONTROL_SECRET must be printable ASCII without spaces (it travels in an HTTP header)",
    ]);
  });

  it("also hosts the console's TRTC_SDK_APP_ID when no app list is given", () => {
    expect(readEnv({ TRTC_SDK_APP_ID: "1400000555" }).account.apps.map((app) => app.sdkAppId)).toEqual([
      LOCAL_CLOUD_DEFAULTS.sdkAppId,
      1400000456,
      1400000555,
    ]);
    expect(readEnv({ TRTC_SDK_APP_ID: String(LOCAL_CLOUD_DEFAULTS.sdkAppId) }).account).toEqual(DEFAULT_ACCOUNT);
  });

  it("takes LOCAL_CLOUD_ACCOUNT as JSON over the default account", () => {
    const account = readEnv({
      LOCAL_CLOUD_ACCOUNT: JSON.stringify({
        bizId: 777,
        apps: [{ sdkAppId: 1400000777, generation: "cloud", hasMonitoringPackage: false }],
        vod: { requiresSubAppId: false },
      }),
      LOCAL_CLOUD_SDK_APP_IDS: "1400000778",
    }).account;
    expect(account).toEqual({
      ...DEFAULT_ACCOUNT,
      bizId: 777,
      apps: [
        { sdkAppId: 1400000777, generation: "cloud", hasMonitoringPackage: false },
        { sdkAppId: 1400000778, generation: "legacy", hasMonitoringPackage: false },
      ],
      vod: { ...DEFAULT_ACCOUNT.vod, requiresSubAppId: false },
    });
  });

  it("takes LOCAL_CLOUD_ACCOUNT as the path of a JSON file", async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "local-cloud-env-")), "account.json");
    await writeFile(file, JSON.stringify({ hasPushDomain: false, services: { vod: "stopped-arrears" } }));
    expect(readEnv({ LOCAL_CLOUD_ACCOUNT: file }).account).toEqual({
      ...DEFAULT_ACCOUNT,
      hasPushDomain: false,
      services: { ...DEFAULT_ACCOUNT.services, vod: "stopped-arrears" },
    });
  });

  it("names each bad field of LOCAL_CLOUD_ACCOUNT", () => {
    expect(
      problemsOf({
        LOCAL_CLOUD_ACCOUNT: JSON.stringify({
          bizId: -1,
          apps: [{ sdkAppId: 1400000777, generation: "new" }],
          colour: "red",
        }),
      }),
    ).toEqual([
      "LOCAL_CLOUD_ACCOUNT: bizId: must be a positive whole number",
      'LOCAL_CLOUD_ACCOUNT: apps.0.generation: must be "legacy" or "cloud"',
      "LOCAL_CLOUD_ACCOUNT: apps.0.hasMonitoringPackage: is missing",
      "LOCAL_CLOUD_ACCOUNT: (the account): unknown field colour",
    ]);
    expect(problemsOf({ LOCAL_CLOUD_ACCOUNT: "{not json" })[0]).toMatch(/^LOCAL_CLOUD_ACCOUNT is not valid JSON/);
    expect(problemsOf({ LOCAL_CLOUD_ACCOUNT: "/nowhere/account.json" })[0]).toMatch(
      /^LOCAL_CLOUD_ACCOUNT must be the account as JSON or the path of a JSON file; "\/nowhere\/account.json" cannot be read/,
    );
  });

  it("names each bad variable and what it must be", () => {
    expect(
      problemsOf({
        LOCAL_CLOUD_PORT: "abc",
        LOCAL_CLOUD_RTMP_PORT: "70000",
        LOCAL_CLOUD_SDK_APP_IDS: "12,x",
        LOCAL_CLOUD_LOG_LEVEL: "loud",
      }),
    ).toEqual([
      'LOCAL_CLOUD_PORT must be a TCP port number, got "abc"',
      "LOCAL_CLOUD_RTMP_PORT must be between 1 and 65535, got 70000",
      'LOCAL_CLOUD_SDK_APP_IDS must be a comma-separated list of SdkAppIds (positive integers), got "12,x"',
      'LOCAL_CLOUD_LOG_LEVEL must be one of debug, info, warn, error, silent, got "loud"',
    ]);
    expect(problemsOf({ LOCAL_CLOUD_PORT: "1935" })).toEqual([
      "LOCAL_CLOUD_PORT and LOCAL_CLOUD_RTMP_PORT must differ (both are 1935)",
    ]);
  });
});
