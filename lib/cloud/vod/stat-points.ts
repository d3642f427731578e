import type { StatDataItem } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import type { StatPoint } from "@/lib/costs/usage-readings";

/** VOD's statistic items as points; items without a time say nothing and are left out. */
export const toStatPoints = (items: StatDataItem[] | undefined): StatPoint[] =>
  (items ?? []).flatMap((item) => (item.Time ? [{ time: item.Time, bytes: item.Value ?? 0 }] : []));
