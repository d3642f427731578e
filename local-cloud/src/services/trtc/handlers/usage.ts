import type {
  DescribeMixTranscodingUsageResponse,
  DescribeRecordingUsageResponse,
  DescribeRecordStatisticResponse,
  DescribeTrtcMcuTranscodeTimeResponse,
  TrtcUsage,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type { ActionHandler } from "../../../core/action-registry";
import { ApiError } from "../../../core/api-error";
import { parseParams } from "../../../core/params/parse-params";
import type { UsageLedger, UsageTotals } from "../../../usage/usage-ledger";
import { USAGE_METRICS, USAGE_TIERS, type UsageMetric } from "../../../usage/usage-tiers";
import { MAX_USAGE_DAYS, beijingMidnight, usageBuckets, type UsageBucket } from "../../../usage/usage-window";
import {
  describeMixTranscodingUsageSchema,
  describeRecordingUsageSchema,
  describeRecordStatisticSchema,
  describeTrtcMcuTranscodeTimeSchema,
} from "../schemas/usage";
import type { TrtcModels } from "../trtc-models";

type Response<T> = Omit<T, "RequestId">;
const DAY_MS = 24 * 3600_000;
/** The MCU's usage keys: H.264 tiers as mixed here; H.265 is never produced by the local cloud. */
const TRANSCODING_KEYS = [
  "Audio",
  "SDH264",
  "HDH264",
  "FullHDH264",
  "2KH264",
  "4KH264",
  "SDH265",
  "HDH265",
  "FullHDH265",
  "2KH265",
  "4KH265",
];

/** The checked window of a usage request: both dates valid, End not before Start, at most 31 days. */
function windowOf(request: { StartTime: string; EndTime: string }): { from: number; to: number } {
  const from = beijingMidnight(request.StartTime);
  const to = beijingMidnight(request.EndTime);
  if (from === undefined || to === undefined)
    throw new ApiError("InvalidParameter", "StartTime and EndTime must be real dates written YYYY-MM-DD.");
  if (to < from) throw new ApiError("InvalidParameter.EndTs", "EndTime must not be earlier than StartTime.");
  if ((to - from) / DAY_MS + 1 > MAX_USAGE_DAYS)
    throw new ApiError(
      "InvalidParameter.QueryScaleOversize",
      `The window from StartTime to EndTime must not exceed ${MAX_USAGE_DAYS} days.`,
    );
  return { from, to };
}

/** Every app's seconds per bucket and key, summed. */
function summed(
  totals: UsageTotals,
  buckets: UsageBucket[],
  keyOf: (tier: string) => string,
): Array<Map<string, number>> {
  const sums = buckets.map(() => new Map<string, number>());
  for (const perBucket of totals.values())
    perBucket.forEach((tiers, index) => {
      for (const [tier, seconds] of tiers) {
        const key = keyOf(tier);
        sums[index]?.set(key, (sums[index]?.get(key) ?? 0) + seconds);
      }
    });
  return sums;
}

const minutes = (seconds: number) => Math.round((seconds / 60) * 100) / 100;

async function minuteSeries(
  ledger: UsageLedger,
  metric: UsageMetric,
  request: { StartTime: string; EndTime: string; SdkAppId?: number },
  keys: string[],
  keyOf: (tier: string) => string,
): Promise<{ UsageKey: string[]; UsageList: TrtcUsage[] }> {
  const { from, to } = windowOf(request);
  const buckets = usageBuckets(from, to);
  const sums = summed(await ledger.totals(metric, buckets, request.SdkAppId), buckets, keyOf);
  return {
    UsageKey: keys,
    UsageList: buckets.map((bucket, index) => ({
      TimeKey: bucket.timeKey,
      TimeStampKey: bucket.timeStampKey,
      UsageValue: keys.map((key) => minutes(sums[index]?.get(key) ?? 0)),
    })),
  };
}

/** Daily buckets whatever the window (these two report billing days), keyed `YYYY-MM-DD`. */
function dailyBuckets(request: { StartTime: string; EndTime: string }): UsageBucket[] {
  const { from, to } = windowOf(request);
  const days = Math.round((to - from) / DAY_MS) + 1;
  return Array.from({ length: days }, (_, day) => {
    const start = from + day * DAY_MS;
    return {
      startMs: start,
      endMs: start + DAY_MS,
      timeKey: new Date(start + 8 * 3600_000).toISOString().slice(0, 10),
      timeStampKey: Math.floor(start / 1000),
    };
  });
}

const seconds = (tiers: Map<string, number> | undefined, ...keys: string[]) =>
  Math.round(keys.reduce((sum, key) => sum + (tiers?.get(key) ?? 0), 0));

export const describeRecordingUsage =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DescribeRecordingUsageResponse>> => {
    const request = parseParams(describeRecordingUsageSchema, params);
    const metric = request.MixType === "single" ? USAGE_METRICS.singleRecording : USAGE_METRICS.mixedRecording;
    return minuteSeries(models.usage, metric, request, [...USAGE_TIERS], (tier) => tier);
  };

export const describeMixTranscodingUsage =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DescribeMixTranscodingUsageResponse>> => {
    const request = parseParams(describeMixTranscodingUsageSchema, params);
    return minuteSeries(models.usage, USAGE_METRICS.mcuTranscoding, request, TRANSCODING_KEYS, (tier) =>
      tier === "Audio" ? "Audio" : `${tier}H264`,
    );
  };

export const describeTrtcMcuTranscodeTime =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DescribeTrtcMcuTranscodeTimeResponse>> => {
    const request = parseParams(describeTrtcMcuTranscodeTimeSchema, params);
    const buckets = dailyBuckets(request);
    const totals = await models.usage.totals(USAGE_METRICS.mcuTranscoding, buckets, request.SdkAppId);
    const usagesOf = (perBucket: Array<Map<string, number>>) =>
      buckets.map((bucket, index) => ({
        TimeKey: bucket.timeKey,
        AudioTime: seconds(perBucket[index], "Audio"),
        VideoTimeSd: seconds(perBucket[index], "SD"),
        VideoTimeHd: seconds(perBucket[index], "HD"),
        // Above Full HD the MCU bills as Full HD here (it has no 2K or 4K field).
        VideoTimeFhd: seconds(perBucket[index], "FullHD", "2K", "4K"),
        Flux: 0,
      }));
    const perApp = [...totals].map(([sdkAppId, perBucket]) => ({
      SdkAppId: String(sdkAppId),
      TotalNum: buckets.length,
      SdkAppIdTranscodeTimeUsages: usagesOf(perBucket),
    }));
    const total = {
      SdkAppId: "total",
      TotalNum: buckets.length,
      SdkAppIdTranscodeTimeUsages: usagesOf(summed(totals, buckets, (tier) => tier)),
    };
    return { Usages: [total, ...perApp] };
  };

export const describeRecordStatistic =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DescribeRecordStatisticResponse>> => {
    const request = parseParams(describeRecordStatisticSchema, params);
    const buckets = dailyBuckets(request);
    const totals = await models.usage.totals(USAGE_METRICS.legacyRecording, buckets, request.SdkAppId);
    return {
      SdkAppIdUsages: [...totals].map(([sdkAppId, perBucket]) => ({
        SdkAppId: String(sdkAppId),
        Usages: buckets.map((bucket, index) => ({
          TimeKey: bucket.timeKey,
          Class1VideoTime: seconds(perBucket[index], "SD"),
          Class2VideoTime: seconds(perBucket[index], "HD"),
          Class3VideoTime: seconds(perBucket[index], "FullHD", "2K", "4K"),
          AudioTime: seconds(perBucket[index], "Audio"),
        })),
      })),
    };
  };
