import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "./parse";

describe("parseEnv", () => {
  it("defaults to local mode against the local cloud with PGlite", () => {
    const env = parseEnv({});
    expect(env.cloud).toMatchObject({
      mode: "local",
      endpoint: "127.0.0.1:4566",
      protocol: "http://",
      sdkAppId: 1400000123,
    });
    expect(env.database).toEqual({ kind: "pglite", dataDir: ".data/console/db" });
    expect(env.auth.secret).toBeUndefined();
  });

  it("registers both of the local account's apps in local mode, the configured one first", () => {
    expect(parseEnv({}).startupApplications).toEqual([
      { sdkAppId: 1400000123, name: "Legacy-recording app", generation: "legacy" },
      { sdkAppId: 1400000456, name: "Cloud-recording app", generation: "cloud" },
    ]);
    expect(parseEnv({ TRTC_SDK_APP_ID: "1400000456" }).startupApplications.map((app) => app.sdkAppId)).toEqual([
      1400000456, 1400000123,
    ]);
    expect(parseEnv({ TRTC_RECORDING_GENERATION: "cloud" }).startupApplications[0]).toMatchObject({
      sdkAppId: 1400000123,
      generation: "cloud",
    });
  });

  it("follows LOCAL_CLOUD_PORT in local mode", () => {
    expect(parseEnv({ LOCAL_CLOUD_PORT: "4576" }).cloud.endpoint).toBe("127.0.0.1:4576");
  });

  it("uses Tencent's own endpoints with credentials and no endpoint override", () => {
    const env = parseEnv({
      TENCENTCLOUD_SECRET_ID: "AKIDxxx",
      TENCENTCLOUD_SECRET_KEY: "secret",
      TRTC_SDK_APP_ID: "1400123456",
      TRTC_SDK_SECRET_KEY: "sdk-secret",
      TRTC_RECORDING_GENERATION: "cloud",
      NEXTAUTH_SECRET: "0123456789abcdef0123",
      TENCENTCLOUD_REGION: "ap-singapore",
    });
    expect(env.cloud).toMatchObject({
      mode: "tencent",
      endpoint: undefined,
      region: "ap-singapore",
      sdkAppId: 1400123456,
    });
    expect(env.startupApplications).toEqual([
      { sdkAppId: 1400123456, name: "TRTC app 1400123456", generation: "cloud" },
    ]);
  });

  it("splits an endpoint URL with a path into host and path for the SDK", () => {
    const env = parseEnv({ TENCENTCLOUD_ENDPOINT: "https://gateway.example.com:8443/tc/" });
    expect(env.cloud).toMatchObject({ endpoint: "gateway.example.com:8443/tc", protocol: "https://" });
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ TENCENTCLOUD_SECRET_ID: "", DATABASE_URL: "" }).cloud.mode).toBe("local");
  });

  it("selects PostgreSQL for a postgres:// DATABASE_URL", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u@h:5432/db" }).database).toEqual({
      kind: "postgres",
      url: "postgres://u@h:5432/db",
    });
  });

  it.each([
    [{ LOCAL_CLOUD_PORT: "70000" }, "LOCAL_CLOUD_PORT must be between 1 and 65535"],
    [{ LOCAL_CLOUD_PORT: "abc" }, "LOCAL_CLOUD_PORT must be a TCP port number"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL must start with postgres://"],
    [{ TENCENTCLOUD_ENDPOINT: "ftp://x" }, "TENCENTCLOUD_ENDPOINT must be an http:// or https:// base URL"],
    [{ TRTC_SDK_APP_ID: "abc" }, "TRTC_SDK_APP_ID must be a number"],
    [{ ADMIN_EMAIL: "a@b.co" }, "ADMIN_EMAIL and ADMIN_PASSWORD must be set together"],
    [{ TENCENTCLOUD_SECRET_ID: "AKID" }, "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY must be set together"],
    [{ TENCENTCLOUD_SECRET_ID: "AKID", TENCENTCLOUD_SECRET_KEY: "k" }, "TRTC_SDK_APP_ID is required"],
    [{ TENCENTCLOUD_SECRET_ID: "AKID", TENCENTCLOUD_SECRET_KEY: "k" }, "TRTC_RECORDING_GENERATION is required"],
    [{ TRTC_RECORDING_GENERATION: "new" }, "TRTC_RECORDING_GENERATION must be cloud"],
    [{ TRTC_CALLBACK_KEY: "not a key!" }, "TRTC_CALLBACK_KEY must be 1 to 32 letters and digits"],
    [{ TRTC_CALLBACK_KEY: "a".repeat(33) }, "TRTC_CALLBACK_KEY must be 1 to 32 letters and digits"],
  ])("rejects %o naming the variable and what is allowed", (source, message) => {
    expect(() => parseEnv(source)).toThrow(InvalidEnvironmentError);
    expect(() => parseEnv(source)).toThrow(message);
  });
});
