import type {
  DescribeCDNUsageDataRequest,
  DescribeStorageDetailsRequest,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { z } from "zod";
import { fields } from "../../../core/params/fields";

const isoTime = () =>
  z
    .string()
    .refine((value) => !Number.isNaN(Date.parse(value)), "must be an ISO 8601 time such as 2026-01-01T00:00:00+08:00");

export const describeStorageDetailsSchema = z.strictObject({
  StartTime: isoTime(),
  EndTime: isoTime(),
  SubAppId: fields.integerIn(0, 4_294_967_295).optional(),
  Interval: z.enum(["Minute", "Day"], { error: "must be Minute or Day" }).optional(),
  StorageType: z.string().max(64, "must have at most 64 characters").optional(),
  Area: z
    .enum(["Chinese Mainland", "Outside Chinese Mainland"], {
      error: "must be Chinese Mainland or Outside Chinese Mainland",
    })
    .optional(),
} satisfies Record<keyof DescribeStorageDetailsRequest, z.ZodType>);

export const describeCdnUsageDataSchema = z.strictObject({
  StartTime: isoTime(),
  EndTime: isoTime(),
  DataType: z.enum(["Flux", "Bandwidth"], { error: "must be Flux or Bandwidth" }),
  SubAppId: fields.integerIn(0, 4_294_967_295).optional(),
  DataInterval: fields.integerOf([5, 60, 1440], "minutes").optional(),
  DomainNames: z.array(z.string()).max(20, "must list at most 20 domains").optional(),
} satisfies Record<keyof DescribeCDNUsageDataRequest, z.ZodType>);
