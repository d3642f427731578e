import "server-only";
import { cloudRead } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import { CloudError } from "@/lib/cloud/errors";
import { env, type CloudMode } from "@/lib/env";

export interface CloudStatus {
  mode: CloudMode;
  endpoint: string;
  region: string;
  sdkAppId: number;
  isReachable: boolean;
  latencyMs: number | null;
  problem: string | null;
}

/** Which cloud the console talks to and whether it answers a cheap signed read for this app right now. */
export async function getCloudStatus(sdkAppId: number): Promise<CloudStatus> {
  const { cloud } = env;
  const base = {
    mode: cloud.mode,
    endpoint: cloud.endpoint
      ? `${cloud.protocol}${cloud.endpoint}`
      : "trtc.tencentcloudapi.com (Tencent's own endpoints)",
    region: cloud.region,
    sdkAppId,
  };
  const now = Math.floor(Date.now() / 1000);
  const started = performance.now();
  try {
    await cloudRead(
      () =>
        cloudClients().trtc.DescribeRoomInfo({
          SdkAppId: sdkAppId,
          StartTime: now - 60,
          EndTime: now,
          PageSize: 1,
        }),
      { attempts: 1, baseDelayMs: 0 },
    );
    return { ...base, isReachable: true, latencyMs: Math.round(performance.now() - started), problem: null };
  } catch (error) {
    const problem = error instanceof CloudError ? error.message : "The cloud check failed unexpectedly.";
    return { ...base, isReachable: false, latencyMs: null, problem };
  }
}
