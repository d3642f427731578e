import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { CommonClient } from "tencentcloud-sdk-nodejs/tencentcloud/common/common_client";
import { Client as LiveClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_client";
import { Client as TrtcClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_client";
import { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import { isLogLevel } from "../../src/core/logger";
import type { LocalCloud, LocalCloudCredential } from "../../src/options";
import { startLocalCloud } from "../../src/server";
import { TRTC_API_VERSION } from "../../src/services/trtc/version";

export const TEST_CREDENTIAL: LocalCloudCredential = {
  secretId: "AKIDTESTlocalcloud0000000000000000000",
  secretKey: "testSecretKeyForTheLocalCloud000",
};
export const TEST_APP = 1400000999;
/** Short clips keep sample generation and pushes of whole files quick. */
export const TEST_SAMPLE_SECONDS = 3;

export interface TestCloud {
  cloud: LocalCloud;
  dataDir: string;
  trtc: TrtcClient;
  /** For actions the typed client cannot express (unknown actions, wrong parameter types). */
  rawTrtc: CommonClient;
  sampleUrl(name: string): string;
  samplePath(name: string): string;
}

function clientConfig(port: number, credential: LocalCloudCredential) {
  return {
    credential,
    region: "ap-guangzhou",
    profile: { httpProfile: { endpoint: `127.0.0.1:${port}`, protocol: "http://", reqTimeout: 30 } },
  };
}

export function trtcClient(port: number, credential: LocalCloudCredential = TEST_CREDENTIAL): TrtcClient {
  return new TrtcClient(clientConfig(port, credential));
}

export function liveClient(port: number, credential: LocalCloudCredential = TEST_CREDENTIAL): LiveClient {
  return new LiveClient(clientConfig(port, credential));
}

export function vodClient(port: number, credential: LocalCloudCredential = TEST_CREDENTIAL): VodClient {
  return new VodClient(clientConfig(port, credential));
}

export function commonClient(port: number, version = TRTC_API_VERSION): CommonClient {
  return new CommonClient(`127.0.0.1:${port}`, version, clientConfig(port, TEST_CREDENTIAL));
}

export async function makeDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "local-cloud-test-"));
}

export async function removeDataDir(dataDir: string): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
}

const logLevel = process.env.LOCAL_CLOUD_TEST_LOG_LEVEL ?? "silent";

/** A real local cloud on free ports; set LOCAL_CLOUD_TEST_LOG_LEVEL=debug to see its log. */
export async function startTestCloud(
  options: {
    dataDir?: string;
    port?: number;
    retentionSweepIntervalMs?: number;
    callbackRetryIntervalMs?: number;
    /** The TRTC apps that exist; TEST_APP by default. */
    sdkAppIds?: number[];
    /** Longer clips where a test mixes or records them for several seconds. */
    sampleDurationSeconds?: number;
  } = {},
): Promise<TestCloud> {
  const dataDir = options.dataDir ?? (await makeDataDir());
  const cloud = await startLocalCloud({
    port: options.port ?? 0,
    rtmpPort: 0,
    dataDir,
    credentials: [TEST_CREDENTIAL],
    sdkAppIds: options.sdkAppIds ?? [TEST_APP],
    ffmpegPath: process.env.FFMPEG_PATH ?? "ffmpeg",
    ffprobePath: process.env.FFPROBE_PATH ?? "ffprobe",
    logLevel: isLogLevel(logLevel) ? logLevel : "silent",
    sampleDurationSeconds: options.sampleDurationSeconds ?? TEST_SAMPLE_SECONDS,
    ...(options.retentionSweepIntervalMs ? { retentionSweepIntervalMs: options.retentionSweepIntervalMs } : {}),
    ...(options.callbackRetryIntervalMs ? { callbackRetryIntervalMs: options.callbackRetryIntervalMs } : {}),
  });
  return {
    cloud,
    dataDir,
    trtc: trtcClient(cloud.port),
    rawTrtc: commonClient(cloud.port),
    sampleUrl: (name) => `${cloud.url}/_local/samples/${name}.mp4`,
    samplePath: (name) => path.join(dataDir, "samples", `${name}.mp4`),
  };
}

/** The Tencent error code an SDK call failed with (the SDK throws TencentCloudSDKHttpException). */
export async function errorOf(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return { code: code ?? "", message: message ?? "" };
  }
  throw new Error("expected the call to fail");
}
