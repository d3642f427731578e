import "server-only";
import { cloudRead } from "@/lib/cloud/call";
import type { CloudClients } from "@/lib/cloud/clients";
import { CloudError } from "@/lib/cloud/errors";
import type { UsageResponses, UsageSource } from "@/lib/costs/usage-costs";
import type { UsageFailure } from "@/lib/costs/usage-report";
import type { UsageRange } from "@/lib/schemas/usage-range";

/**
 * Reads every usage API for a range. One that fails is recorded in `failures` (its cost is then
 * missing, and the page says so) rather than failing the others; anything but a CloudError is a
 * bug and is thrown.
 */
export async function readUsageCosts(
  clients: Pick<CloudClients, "trtc" | "vod">,
  range: UsageRange,
  where: { sdkAppId: number; subAppId: number | null },
  period: UsageFailure["period"],
  failures: UsageFailure[],
): Promise<{ usage: UsageResponses; errors: CloudError[] }> {
  const { trtc, vod } = clients;
  const errors: CloudError[] = [];
  async function settle<T>(source: UsageSource, call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await cloudRead(call);
    } catch (error) {
      if (!(error instanceof CloudError)) throw error;
      errors.push(error);
      failures.push({ source, period, message: error.message });
      return undefined;
    }
  }
  // TRTC dates are Beijing billing days; VOD takes ISO times, so the days are spelled out in UTC+8.
  const day = { StartTime: range.from, EndTime: range.to, SdkAppId: where.sdkAppId };
  const vodWindow = {
    StartTime: `${range.from}T00:00:00+08:00`,
    EndTime: `${range.to}T23:59:59+08:00`,
    ...(where.subAppId ? { SubAppId: where.subAppId } : {}),
  };
  const storage = (Area: string) => () =>
    vod.DescribeStorageDetails({ ...vodWindow, Interval: "Day", StorageType: "TotalStorage", Area });
  // Four TRTC reads at once stay under TRTC's 5 requests per second for these actions.
  const [legacyRecording, recordingSingle, recordingMulti, mixTranscoding, storageMainland, storageOutside, playback] =
    await Promise.all([
      settle("legacyRecording", () => trtc.DescribeRecordStatistic(day)),
      settle("recordingSingle", () => trtc.DescribeRecordingUsage({ ...day, MixType: "single" })),
      settle("recordingMulti", () => trtc.DescribeRecordingUsage({ ...day, MixType: "multi" })),
      settle("mixTranscoding", () => trtc.DescribeMixTranscodingUsage(day)),
      settle("storage", storage("Chinese Mainland")),
      settle("storageOutsideMainland", storage("Outside Chinese Mainland")),
      settle("playback", () => vod.DescribeCDNUsageData({ ...vodWindow, DataType: "Flux", DataInterval: 1440 })),
    ]);
  return {
    usage: {
      legacyRecording,
      recordingSingle,
      recordingMulti,
      mixTranscoding,
      storage: storageMainland,
      storageOutsideMainland: storageOutside,
      playback,
    },
    errors,
  };
}
