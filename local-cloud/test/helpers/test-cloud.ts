import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { CommonClient } from "tencentcloud-sdk-nodejs/tencentcloud/common/common_client";
import { Client as LiveClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_client";
import { Client as TrtcClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_client";
import { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import { pushDomainOf, type AccountConfig, type AppConfig } from "@shared/local-cloud-account";
import { isLogLevel } from "../../src/core/logger";
import type { LocalCloud, LocalCloudCredential, LocalCloudOptions } from "../../src/options";
import { startLocalCloud } from "../../src/server";
import { TRTC_API_VERSION } from "../../src/services/trtc/version";

export const TEST_CREDENTIAL: LocalCloudCredential = {
  secretId: "AKIDTESTlocalcloud0000000000000000000",
  secretKey: "testSecretKeyForTheLocalCloud000",
};
/** The test account's legacy app (CSS recording, MCU RecordId), with a monitoring package. */
export const TEST_APP = 1400000999;
/** The test account's BizId and so its CSS push domain, which every app of the account pushes to. */
export const TEST_BIZ_ID = 24680;
export const TEST_PUSH_DOMAIN = pushDomainOf(TEST_BIZ_ID);
/** The test account's default VOD application: VOD calls must name it (requiresSubAppId). */
export const TEST_VOD_APP = 1500000001;

/** An app of the guide's kind: legacy recording. */
export const legacyApp = (sdkAppId: number, hasMonitoringPackage = true): AppConfig => ({
  sdkAppId,
  generation: "legacy",
  hasMonitoringPackage,
});
/** An app created on or after 2022-08-01: CreateCloudRecording, and RecordId records nothing. */
export const cloudApp = (sdkAppId: number, hasMonitoringPackage = true): AppConfig => ({
  sdkAppId,
  generation: "cloud",
  hasMonitoringPackage,
});

/** A realistic account for tests: BizId push domain, VOD SubAppId required, every service active. */
export function testAccount(
  apps: AppConfig[] = [legacyApp(TEST_APP)],
  changes: Partial<AccountConfig> = {},
): AccountConfig {
  return {
    bizId: TEST_BIZ_ID,
    hasPushDomain: true,
    apps,
    vod: { requiresSubAppId: true, defaultSubAppId: TEST_VOD_APP, hotlinkKey: null },
    services: { trtc: "active", vod: "active", live: "active" },
    deniedActions: {},
    ...changes,
  };
}
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
  options: Partial<Omit<LocalCloudOptions, "rtmpPort" | "credentials" | "ffmpegPath" | "ffprobePath" | "host">> & {
    /** The apps of the default test account (`account` unset); `[legacyApp(TEST_APP)]` by default. */
    apps?: AppConfig[];
  } = {},
): Promise<TestCloud> {
  const { apps, dataDir: givenDataDir, ...rest } = options;
  const dataDir = givenDataDir ?? (await makeDataDir());
  const cloud = await startLocalCloud({
    ...rest,
    port: rest.port ?? 0,
    logLevel: rest.logLevel ?? (isLogLevel(logLevel) ? logLevel : "silent"),
    // Short clips keep sample generation quick; longer ones where a test mixes or records them for seconds.
    sampleDurationSeconds: rest.sampleDurationSeconds ?? TEST_SAMPLE_SECONDS,
    rtmpPort: 0,
    dataDir,
    credentials: [TEST_CREDENTIAL],
    account: rest.account ?? testAccount(apps),
    ffmpegPath: process.env.FFMPEG_PATH ?? "ffmpeg",
    ffprobePath: process.env.FFPROBE_PATH ?? "ffprobe",
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
