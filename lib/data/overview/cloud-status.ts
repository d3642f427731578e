import "server-only";
import { CloudError } from "@/lib/cloud/errors";
import { describeRecordingUsage } from "@/lib/cloud/trtc/describe-recording-usage";
import { billingToday } from "@/lib/costs/billing-date";
import { env, type CloudMode } from "@/lib/env";
import { msg } from "@/lib/i18n/message";

export interface CloudStatus {
  mode: CloudMode;
  /** The configured base URL, or a message from `msg` naming Tencent's own endpoints. */
  endpoint: string;
  region: string;
  sdkAppId: number;
  isReachable: boolean;
  latencyMs: number | null;
  /** A CloudError's message or one from `msg`: put into words where shown. */
  problem: string | null;
}

/**
 * Which cloud the console talks to and whether it answers a cheap signed read for this app right
 * now: today's recording usage, which every account may read (the room queries need a paid
 * package, reference §8, so they cannot tell whether the cloud is there).
 */
export async function getCloudStatus(sdkAppId: number): Promise<CloudStatus> {
  const { cloud } = env;
  const base = {
    mode: cloud.mode,
    endpoint: cloud.endpoint ? `${cloud.protocol}${cloud.endpoint}` : msg("overview.cloud.tencentEndpoint"),
    region: cloud.region,
    sdkAppId,
  };
  const today = billingToday();
  const started = performance.now();
  try {
    await describeRecordingUsage({ sdkAppId, range: { from: today, to: today }, mixType: "single" });
    return { ...base, isReachable: true, latencyMs: Math.round(performance.now() - started), problem: null };
  } catch (error) {
    const problem = error instanceof CloudError ? error.message : msg("overview.cloud.unexpected");
    return { ...base, isReachable: false, latencyMs: null, problem };
  }
}
