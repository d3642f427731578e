import { describe, expect, it } from "vitest";
import { LOCAL_CLOUD_DEFAULTS } from "../defaults";
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
      sdkAppIds: [LOCAL_CLOUD_DEFAULTS.sdkAppId],
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
      }),
    ).toEqual({
      port: 4599,
      rtmpPort: 1999,
      dataDir: "/tmp/lc",
      credentials: [{ secretId: "id", secretKey: "key" }],
      sdkAppIds: [1400000001, 1400000002],
      ffmpegPath: "/opt/ffmpeg",
      ffprobePath: "/opt/ffprobe",
      logLevel: "debug",
    });
  });

  it("also hosts the console's TRTC_SDK_APP_ID when no app list is given", () => {
    expect(readEnv({ TRTC_SDK_APP_ID: "1400000555" }).sdkAppIds).toEqual([LOCAL_CLOUD_DEFAULTS.sdkAppId, 1400000555]);
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
