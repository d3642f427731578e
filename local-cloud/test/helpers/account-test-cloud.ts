import { request as httpRequest } from "node:http";
import type { AccountConfig } from "@shared/local-cloud-account";
import { isLogLevel } from "../../src/core/logger";
import type { LocalCloud, LocalCloudCredential, LocalCloudOptions } from "../../src/options";
import { startLocalCloud } from "../../src/server";
import { makeDataDir, removeDataDir, TEST_CREDENTIAL, TEST_SAMPLE_SECONDS, testAccount } from "./test-cloud";

/** A second key pair of the same account: a CAM sub-user whose `deniedActions` the tests set. */
export const SUB_USER_CREDENTIAL: LocalCloudCredential = {
  secretId: "AKIDSUBUSERlocalcloud000000000000000",
  secretKey: "subUserSecretKeyForTheLocalCloud",
};

export interface AccountTestCloud {
  cloud: LocalCloud;
  close(): Promise<void>;
}

const logLevel = process.env.LOCAL_CLOUD_TEST_LOG_LEVEL ?? "silent";

/**
 * A real local cloud with two credentials and the account-level options the limit and error tests
 * need (LocalCloudOptions.rateLimits, cloudRecordingTaskLimit); everything else as startTestCloud.
 */
export async function startAccountTestCloud(
  options: { account?: AccountConfig } & Pick<LocalCloudOptions, "rateLimits" | "cloudRecordingTaskLimit"> = {},
): Promise<AccountTestCloud> {
  const dataDir = await makeDataDir();
  const { account, ...limits } = options;
  const cloud = await startLocalCloud({
    port: 0,
    rtmpPort: 0,
    dataDir,
    credentials: [TEST_CREDENTIAL, SUB_USER_CREDENTIAL],
    account: account ?? testAccount(),
    ffmpegPath: process.env.FFMPEG_PATH ?? "ffmpeg",
    ffprobePath: process.env.FFPROBE_PATH ?? "ffprobe",
    logLevel: isLogLevel(logLevel) ? logLevel : "silent",
    sampleDurationSeconds: TEST_SAMPLE_SECONDS,
    ...limits,
  });
  return {
    cloud,
    close: async () => {
      await cloud.close();
      await removeDataDir(dataDir);
    },
  };
}

/** A GET from a chosen loopback address (127.0.0.x), as a second viewer on another IP would be. */
export function getFrom(
  url: string,
  localAddress = "127.0.0.1",
): Promise<{ status: number; body: Buffer; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { localAddress }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), headers: response.headers }),
      );
      response.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}
