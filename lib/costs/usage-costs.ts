import type {
  DescribeMixTranscodingUsageResponse,
  DescribeRecordingUsageResponse,
  TrtcUsage,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type {
  DescribeCDNUsageDataResponse,
  DescribeStorageDetailsResponse,
  StatDataItem,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { billingDateOf, billingDateOfIso, datesBetween } from "./billing-date";
import { roundMoney, type CostCategory } from "./cost-lines";
import type { Currency } from "./money";
import type { PriceKey } from "./price-keys";
import type { PriceTable } from "./price-table";
import { MIX_TRANSCODING_USAGE_PRICES, RECORDING_USAGE_PRICES, trafficPriceKey } from "./usage-keys";

/** The SDK's responses for one range, as returned; any may be left out. */
export interface UsageResponses {
  /** DescribeRecordingUsage with MixType "single". */
  recordingSingle?: DescribeRecordingUsageResponse;
  /** DescribeRecordingUsage with MixType "multi". */
  recordingMulti?: DescribeRecordingUsageResponse;
  mixTranscoding?: DescribeMixTranscodingUsageResponse;
  /** DescribeStorageDetails, StorageType TotalStorage, Area "Chinese Mainland". */
  storage?: DescribeStorageDetailsResponse;
  /** DescribeStorageDetails, Area "Outside Chinese Mainland". */
  storageOutsideMainland?: DescribeStorageDetailsResponse;
  /** DescribeCDNUsageData, DataType "Flux" (bytes). */
  playback?: DescribeCDNUsageDataResponse;
}

export type UsageSource = keyof UsageResponses;
export type CategoryAmounts = Record<CostCategory | "total", number>;
export interface DailyCost extends CategoryAmounts {
  /** Billing day, YYYY-MM-DD in UTC+8. */
  date: string;
}

/** Usage the total leaves out: a key the console does not know, or one with no price in the book. */
export interface UnpricedUsage {
  source: UsageSource;
  /** The API's UsageKey, or the price key's tier for storage and traffic. */
  key: string;
  reason: "unknown-usage-key" | "no-price";
  priceKey: PriceKey | null;
  quantity: number;
  unit: "min" | "GB";
  days: string[];
}

export interface UsageCosts {
  currency: Currency;
  days: DailyCost[];
  unpriced: UnpricedUsage[];
  /** False when some usage with a quantity above 0 is unpriced: the totals are then too low. */
  isComplete: boolean;
}

/** DescribeRecordingUsage and DescribeMixTranscodingUsage share this shape. */
type TrtcUsageResponse = Pick<DescribeRecordingUsageResponse, "UsageKey" | "UsageList">;

const GB = 1e9;
const emptyDay = (date: string): DailyCost => ({
  date,
  recording: 0,
  storage: 0,
  playback: 0,
  transcoding: 0,
  total: 0,
});

function dateOfTrtcPoint(point: TrtcUsage, source: UsageSource): string {
  const key = point.TimeKey ?? "";
  if (/^\d{4}-\d{2}-\d{2}/.test(key)) return key.slice(0, 10);
  if (typeof point.TimeStampKey === "number") return billingDateOf(point.TimeStampKey * 1000);
  throw new Error(`${source} returned a usage point with neither TimeKey nor TimeStampKey.`);
}

/** Minutes per day and UsageKey; positions past the keys are named "#<index>" so they are reported. */
function minutesByDay(response: TrtcUsageResponse | undefined, source: UsageSource): Map<string, Map<string, number>> {
  const days = new Map<string, Map<string, number>>();
  const keys = response?.UsageKey ?? [];
  for (const point of response?.UsageList ?? []) {
    const date = dateOfTrtcPoint(point, source);
    const day = days.get(date) ?? new Map<string, number>();
    (point.UsageValue ?? []).forEach((value, index) => {
      const key = keys[index] ?? `#${index}`;
      day.set(key, (day.get(key) ?? 0) + value);
    });
    days.set(date, day);
  }
  return days;
}

/** Per day, the peak (storage) or the sum (traffic) of a VOD statistic, in GB. */
function gbByDay(items: StatDataItem[] | undefined, combine: "peak" | "sum"): Map<string, number> {
  const days = new Map<string, number>();
  for (const item of items ?? []) {
    if (!item.Time) continue;
    const date = billingDateOfIso(item.Time);
    const gb = (item.Value ?? 0) / GB;
    const previous = days.get(date) ?? 0;
    days.set(date, combine === "peak" ? Math.max(previous, gb) : previous + gb);
  }
  return days;
}

/**
 * Daily cost from the usage APIs' responses, split by recording, storage, playback and
 * transcoding. Minutes are summed per day and rounded up to whole minutes, as Tencent bills; storage
 * is the day's peak GB × price per GB per day; playback is the day's traffic at its volume tier.
 * Usage keys map to prices through `usage-keys.ts` only: an unknown key or a missing price is
 * listed in `unpriced` and left out of the totals. With `range`, every day of it is listed (days
 * without usage at 0) and points outside it are dropped.
 */
export function dailyUsageCosts(
  usage: UsageResponses,
  prices: PriceTable,
  range?: { from: string; to: string },
): UsageCosts {
  const days = new Map<string, DailyCost>();
  for (const date of range ? datesBetween(range.from, range.to) : []) days.set(date, emptyDay(date));
  const unpriced = new Map<string, UnpricedUsage>();
  const inRange = (date: string) => !range || (date >= range.from && date <= range.to);

  function leaveOut(entry: Omit<UnpricedUsage, "days" | "quantity">, date: string, quantity: number): void {
    const id = `${entry.source}|${entry.key}|${entry.reason}`;
    const found = unpriced.get(id) ?? { ...entry, quantity: 0, days: [] };
    found.quantity = roundMoney(found.quantity + quantity);
    if (!found.days.includes(date)) found.days.push(date);
    unpriced.set(id, found);
  }

  function charge(date: string, category: CostCategory, amount: number): void {
    const day = days.get(date) ?? emptyDay(date);
    day[category] += amount;
    days.set(date, day);
  }

  function addMinutes(
    source: UsageSource,
    response: TrtcUsageResponse | undefined,
    priceKeys: ReadonlyMap<string, PriceKey>,
    category: CostCategory,
  ): void {
    for (const [date, byKey] of minutesByDay(response, source)) {
      if (!inRange(date)) continue;
      charge(date, category, 0);
      for (const [key, minutes] of byKey) {
        const priceKey = priceKeys.get(key) ?? null;
        const billed = Math.ceil(minutes);
        const price = priceKey === null ? undefined : prices.prices[priceKey];
        if (priceKey === null)
          leaveOut({ source, key, reason: "unknown-usage-key", priceKey, unit: "min" }, date, billed);
        else if (price === undefined) {
          if (billed > 0) leaveOut({ source, key, reason: "no-price", priceKey, unit: "min" }, date, billed);
        } else charge(date, category, (billed / 1000) * price);
      }
    }
  }

  function addGb(
    source: UsageSource,
    byDay: Map<string, number>,
    category: CostCategory,
    keyOf: (gb: number) => PriceKey,
  ) {
    for (const [date, gb] of byDay) {
      if (!inRange(date)) continue;
      const priceKey = keyOf(gb);
      const price = prices.prices[priceKey];
      if (price !== undefined) charge(date, category, gb * price);
      else {
        charge(date, category, 0);
        if (gb > 0) leaveOut({ source, key: priceKey, reason: "no-price", priceKey, unit: "GB" }, date, gb);
      }
    }
  }

  addMinutes("recordingSingle", usage.recordingSingle, RECORDING_USAGE_PRICES.single, "recording");
  addMinutes("recordingMulti", usage.recordingMulti, RECORDING_USAGE_PRICES.multi, "recording");
  addMinutes("mixTranscoding", usage.mixTranscoding, MIX_TRANSCODING_USAGE_PRICES, "transcoding");
  addGb("storage", gbByDay(usage.storage?.Data, "peak"), "storage", () => "storagePerGbDay");
  addGb(
    "storageOutsideMainland",
    gbByDay(usage.storageOutsideMainland?.Data, "peak"),
    "storage",
    () => "storageOutsideMainlandPerGbDay",
  );
  addGb("playback", gbByDay(usage.playback?.Data, "sum"), "playback", trafficPriceKey);

  const sorted = [...days.values()]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((day) => {
      const rounded = {
        recording: roundMoney(day.recording),
        storage: roundMoney(day.storage),
        playback: roundMoney(day.playback),
        transcoding: roundMoney(day.transcoding),
      };
      const total = roundMoney(rounded.recording + rounded.storage + rounded.playback + rounded.transcoding);
      return { date: day.date, ...rounded, total };
    });
  const left = [...unpriced.values()].map((entry) => ({ ...entry, days: entry.days.sort() }));
  return {
    currency: prices.currency,
    days: sorted,
    unpriced: left,
    isComplete: left.every((entry) => entry.quantity === 0),
  };
}
