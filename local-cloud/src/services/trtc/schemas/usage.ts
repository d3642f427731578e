import type {
  DescribeMixTranscodingUsageRequest,
  DescribeRecordingUsageRequest,
  DescribeRecordStatisticRequest,
  DescribeTrtcMcuTranscodeTimeRequest,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { z } from "zod";
import { fields } from "../../../core/params/fields";

const date = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");
const window = { StartTime: date(), EndTime: date(), SdkAppId: fields.integer().optional() };

export const describeRecordingUsageSchema = z.strictObject({
  ...window,
  MixType: z.enum(["single", "multi"], { error: "must be single or multi" }),
} satisfies Record<keyof DescribeRecordingUsageRequest, z.ZodType>);

export const describeMixTranscodingUsageSchema = z.strictObject(
  window satisfies Record<keyof DescribeMixTranscodingUsageRequest, z.ZodType>,
);

export const describeTrtcMcuTranscodeTimeSchema = z.strictObject(
  window satisfies Record<keyof DescribeTrtcMcuTranscodeTimeRequest, z.ZodType>,
);

export const describeRecordStatisticSchema = z.strictObject(
  window satisfies Record<keyof DescribeRecordStatisticRequest, z.ZodType>,
);
