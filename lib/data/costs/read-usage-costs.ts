import "server-only";
import type { CloudClients } from "@/lib/cloud/clients";
import { CloudError } from "@/lib/cloud/errors";
import { describeMixTranscodingUsage } from "@/lib/cloud/trtc/describe-mix-transcoding-usage";
import { describeRecordStatistic } from "@/lib/cloud/trtc/describe-record-statistic";
import { describeRecordingUsage } from "@/lib/cloud/trtc/describe-recording-usage";
import { describeCdnUsageData } from "@/lib/cloud/vod/describe-cdn-usage-data";
import { describeStorageDetails } from "@/lib/cloud/vod/describe-storage-details";
import type { UsageReadings, UsageSource } from "@/lib/costs/usage-costs";
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
): Promise<{ usage: UsageReadings; errors: CloudError[] }> {
  const { trtc, vod } = clients;
  const errors: CloudError[] = [];
  async function settle<T>(source: UsageSource, read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof CloudError)) throw error;
      errors.push(error);
      failures.push({ source, period, message: error.message });
      return undefined;
    }
  }
  const { sdkAppId, subAppId } = where;
  const storage = (area: "Chinese Mainland" | "Outside Chinese Mainland") => () =>
    describeStorageDetails({ subAppId, range, area }, vod);
  // Four TRTC reads at once stay under TRTC's 5 requests per second for these actions.
  const [legacyRecording, recordingSingle, recordingMulti, mixTranscoding, storageMainland, storageOutside, playback] =
    await Promise.all([
      settle("legacyRecording", () => describeRecordStatistic({ sdkAppId, range }, trtc)),
      settle("recordingSingle", () => describeRecordingUsage({ sdkAppId, range, mixType: "single" }, trtc)),
      settle("recordingMulti", () => describeRecordingUsage({ sdkAppId, range, mixType: "multi" }, trtc)),
      settle("mixTranscoding", () => describeMixTranscodingUsage({ sdkAppId, range }, trtc)),
      settle("storage", storage("Chinese Mainland")),
      settle("storageOutsideMainland", storage("Outside Chinese Mainland")),
      settle("playback", () => describeCdnUsageData({ subAppId, range }, vod)),
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
