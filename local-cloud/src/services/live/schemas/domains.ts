import type { DescribeLiveDomainsRequest } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_models";
import { z } from "zod";
import { fields } from "../../../core/params/fields";

/** Ranges from the SDK's DescribeLiveDomainsRequest comments. */
export const describeLiveDomainsSchema = z.strictObject({
  DomainStatus: fields.integerOf([0, 1], "0 disabled, 1 enabled").optional(),
  DomainType: fields.integerOf([0, 1], "0 push, 1 play").optional(),
  PageSize: fields.integerIn(10, 100).optional(),
  PageNum: fields.integerIn(1, 100_000).optional(),
  IsDelayLive: fields.integerOf([0, 1], "0 live, 1 delayed live").optional(),
  DomainPrefix: z.string().max(255, "must have at most 255 characters").optional(),
  PlayType: fields.integerOf([1, 2, 3], "1 mainland, 2 global, 3 outside the mainland").optional(),
} satisfies Record<keyof DescribeLiveDomainsRequest, z.ZodType>);
