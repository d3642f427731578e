import type {
  DescribeCDNUsageDataResponse,
  DescribeStorageDetailsResponse,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import type { ActionHandler } from "../../../core/action-registry";
import { ApiError } from "../../../core/api-error";
import { parseParams } from "../../../core/params/parse-params";
import { describeCdnUsageDataSchema, describeStorageDetailsSchema } from "../schemas/usage";
import type { VodModels } from "./media";

type Response<T> = Omit<T, "RequestId">;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Both statistics reach back 90 days at most, and 7 days at five-minute points (reference §3.4). */
const MAX_SPAN_MS = 90 * DAY_MS;
const MAX_MINUTE_SPAN_MS = 7 * DAY_MS;
/** Storage types the local cloud has (all its media are standard storage; nothing is archived). */
const STORED_TYPES = new Set(["TotalStorage", "StandardStorage"]);

function windowOf(request: { StartTime: string; EndTime: string }, maxSpanMs: number, what: string) {
  const from = Date.parse(request.StartTime);
  const to = Date.parse(request.EndTime);
  if (to < from) throw new ApiError("InvalidParameterValue.EndTime", "EndTime must not be earlier than StartTime.");
  if (to - from > maxSpanMs)
    throw new ApiError(
      "InvalidParameterValue.EndTime",
      `The window from StartTime to EndTime must not exceed ${maxSpanMs / DAY_MS} days ${what}.`,
    );
  return { from, to };
}

export const describeStorageDetails =
  ({ applications, usage }: VodModels): ActionHandler =>
  async (params): Promise<Response<DescribeStorageDetailsResponse>> => {
    const request = parseParams(describeStorageDetailsSchema, params);
    const subAppId = await applications.partitionOf(request.SubAppId);
    const span = Date.parse(request.EndTime) - Date.parse(request.StartTime);
    // Without an Interval, VOD picks five minutes for a day or less and days beyond (SDK comment).
    const interval = request.Interval ?? (span <= DAY_MS ? "Minute" : "Day");
    const { from, to } = windowOf(
      request,
      interval === "Minute" ? MAX_MINUTE_SPAN_MS : MAX_SPAN_MS,
      interval === "Minute" ? "at Minute intervals" : "",
    );
    const points = await usage.storage(subAppId, from, to, interval === "Minute" ? 5 * MINUTE_MS : DAY_MS);
    // Everything here is standard storage in the mainland (ap-guangzhou): other types and areas hold nothing.
    const isStored =
      STORED_TYPES.has(request.StorageType ?? "TotalStorage") && request.Area !== "Outside Chinese Mainland";
    return { Data: points.map((point) => ({ Time: point.time, Value: isStored ? point.value : 0 })) };
  };

export const describeCdnUsageData =
  ({ applications, usage }: VodModels): ActionHandler =>
  async (params): Promise<Response<DescribeCDNUsageDataResponse>> => {
    const request = parseParams(describeCdnUsageDataSchema, params);
    const subAppId = await applications.partitionOf(request.SubAppId);
    const { from, to } = windowOf(request, MAX_SPAN_MS, "");
    const intervalMinutes = request.DataInterval ?? 1440;
    const points = await usage.traffic(subAppId, from, to, intervalMinutes * MINUTE_MS);
    const toValue = (bytes: number) =>
      request.DataType === "Flux" ? bytes : Math.round((bytes * 8) / (intervalMinutes * 60));
    return {
      DataInterval: intervalMinutes,
      Data: points.map((point) => ({ Time: point.time, Value: toValue(point.value) })),
    };
  };
