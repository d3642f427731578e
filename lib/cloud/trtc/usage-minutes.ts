import type {
  DescribeRecordingUsageResponse,
  DescribeRecordStatisticResponse,
  TrtcUsage,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { billingDateOf } from "@/lib/costs/billing-date";
import type { MinutesByDay } from "@/lib/costs/usage-readings";

/** DescribeRecordingUsage and DescribeMixTranscodingUsage share this shape. */
export type TrtcUsageResponse = Pick<DescribeRecordingUsageResponse, "UsageKey" | "UsageList">;

const DAY_KEY = /^\d{4}-\d{2}-\d{2}/;

function add(days: MinutesByDay, date: string, key: string, minutes: number): void {
  const day = days.get(date) ?? new Map<string, number>();
  day.set(key, (day.get(key) ?? 0) + minutes);
  days.set(date, day);
}

function dateOfTrtcPoint(point: TrtcUsage, what: string): string {
  const key = point.TimeKey ?? "";
  if (DAY_KEY.test(key)) return key.slice(0, 10);
  if (typeof point.TimeStampKey === "number") return billingDateOf(point.TimeStampKey * 1000);
  throw new Error(`${what} returned a usage point with neither TimeKey nor TimeStampKey.`);
}

/**
 * Minutes per day and UsageKey of a TRTC minutes series (five-minute points for one day, daily
 * points beyond). Values past the keys are named "#<index>" so that they are reported, not lost.
 */
export function trtcUsageMinutes(response: TrtcUsageResponse | undefined, what: string): MinutesByDay {
  const days: MinutesByDay = new Map();
  const keys = response?.UsageKey ?? [];
  for (const point of response?.UsageList ?? []) {
    const date = dateOfTrtcPoint(point, what);
    (point.UsageValue ?? []).forEach((value, index) => add(days, date, keys[index] ?? `#${index}`, value));
  }
  return days;
}

/**
 * DescribeRecordStatistic's seconds as minutes per day and field (`Class2VideoTime`, …). Its
 * numeric fields are read by name, so a field Tencent adds is kept and reported. When the answer
 * carries a "total" entry (as DescribeTrtcMcuTranscodeTime does), only that one counts, so apps
 * are not counted twice; otherwise the apps' entries are summed.
 */
export function recordStatisticMinutes(response: DescribeRecordStatisticResponse | undefined): MinutesByDay {
  const days: MinutesByDay = new Map();
  const apps = response?.SdkAppIdUsages ?? [];
  const total = apps.filter((app) => app.SdkAppId === "total");
  for (const app of total.length > 0 ? total : apps) {
    for (const usage of app.Usages ?? []) {
      const timeKey = usage.TimeKey ?? "";
      if (!DAY_KEY.test(timeKey)) throw new Error("DescribeRecordStatistic returned a usage point without a TimeKey.");
      for (const [field, value] of Object.entries(usage)) {
        if (field !== "TimeKey" && typeof value === "number") add(days, timeKey.slice(0, 10), field, value / 60);
      }
    }
  }
  return days;
}
