import { datesBetween } from "./billing-date";
import { roundMoney, type CostCategory } from "./cost-lines";
import type { Currency } from "./money";
import type { PriceKey } from "./price-keys";
import type { PriceTable } from "./price-table";
import { gbByDay, type MinutesByDay, type StatPoint } from "./usage-readings";
import {
  MIX_TRANSCODING_USAGE_PRICES,
  RECORDING_USAGE_PRICES,
  RECORD_STATISTIC_PRICES,
  trafficPriceKey,
} from "./usage-keys";

/** What the usage APIs read for one range, in the console's terms (lib/cloud reads them); any may be left out. */
export interface UsageReadings {
  /** DescribeRecordStatistic: legacy (CSS) recording of TRTC streams, at the old output-duration prices. */
  legacyRecording?: MinutesByDay;
  /** DescribeRecordingUsage with MixType "single". */
  recordingSingle?: MinutesByDay;
  /** DescribeRecordingUsage with MixType "multi". */
  recordingMulti?: MinutesByDay;
  /** DescribeMixTranscodingUsage. */
  mixTranscoding?: MinutesByDay;
  /** DescribeStorageDetails, StorageType TotalStorage, Area "Chinese Mainland". */
  storage?: StatPoint[];
  /** DescribeStorageDetails, Area "Outside Chinese Mainland". */
  storageOutsideMainland?: StatPoint[];
  /** DescribeCDNUsageData, DataType "Flux" (bytes). */
  playback?: StatPoint[];
}

export type UsageSource = keyof UsageReadings;
export type CategoryAmounts = Record<CostCategory | "total", number>;
export interface DailyCost extends CategoryAmounts {
  /** Billing day, YYYY-MM-DD in UTC+8. */
  date: string;
}

/** Usage the total leaves out: a key the console does not know, or one with no price in the book. */
export interface UnpricedUsage {
  source: UsageSource;
  /** The API's UsageKey (or field), or the price key's tier for storage and traffic. */
  key: string;
  reason: "unknown-usage-key" | "no-price";
  priceKey: PriceKey | null;
  quantity: number;
  unit: "min" | "GB";
  days: string[];
}

/**
 * What one priced usage key of one source adds up to over the range, so the page can show the
 * arithmetic: billed minutes (each day rounded up) ÷ 1,000 × price, GB of traffic × the tier's
 * price, or GB-days of storage (the sum of each day's peak) × price per GB per day.
 */
export interface UsageLine {
  source: UsageSource;
  key: string;
  category: CostCategory;
  priceKey: PriceKey;
  unit: "min" | "GB" | "GB-day";
  quantity: number;
  price: number;
  amount: number;
}

export interface UsageCosts {
  currency: Currency;
  days: DailyCost[];
  lines: UsageLine[];
  unpriced: UnpricedUsage[];
  /** False when some usage with a quantity above 0 is unpriced: the totals are then too low. */
  isComplete: boolean;
}

const emptyDay = (date: string): DailyCost => ({
  date,
  recording: 0,
  storage: 0,
  playback: 0,
  transcoding: 0,
  total: 0,
});

function roundedDay(day: DailyCost): DailyCost {
  const rounded = {
    recording: roundMoney(day.recording),
    storage: roundMoney(day.storage),
    playback: roundMoney(day.playback),
    transcoding: roundMoney(day.transcoding),
  };
  const total = roundMoney(rounded.recording + rounded.storage + rounded.playback + rounded.transcoding);
  return { date: day.date, ...rounded, total };
}

/**
 * Daily cost from the usage APIs' responses, split by recording, storage, playback and
 * transcoding. Minutes are summed per day and rounded up to whole minutes, as Tencent bills; storage
 * is the day's peak GB × price per GB per day; playback is the day's traffic at its volume tier.
 * Recording adds the legacy CSS recording (DescribeRecordStatistic, old output-duration prices) to
 * the cloud-recording tasks (DescribeRecordingUsage, new input-duration prices).
 * Usage keys map to prices through `usage-keys.ts` only: an unknown key or a missing price is
 * listed in `unpriced` and left out of the totals. With `range`, every day of it is listed (days
 * without usage at 0) and points outside it are dropped.
 */
export function dailyUsageCosts(
  usage: UsageReadings,
  prices: PriceTable,
  range?: { from: string; to: string },
): UsageCosts {
  const days = new Map<string, DailyCost>();
  for (const date of range ? datesBetween(range.from, range.to) : []) days.set(date, emptyDay(date));
  const unpriced = new Map<string, UnpricedUsage>();
  const lines = new Map<string, UsageLine>();
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

  function count(line: Omit<UsageLine, "quantity" | "amount">, quantity: number, amount: number): void {
    const id = `${line.source}|${line.key}|${line.priceKey}`;
    const found = lines.get(id) ?? { ...line, quantity: 0, amount: 0 };
    found.quantity = roundMoney(found.quantity + quantity);
    found.amount = roundMoney(found.amount + amount);
    lines.set(id, found);
  }

  function addMinutes(
    source: UsageSource,
    byDay: MinutesByDay,
    priceKeys: ReadonlyMap<string, PriceKey>,
    category: CostCategory,
  ): void {
    for (const [date, byKey] of byDay) {
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
        } else {
          const amount = (billed / 1000) * price;
          charge(date, category, amount);
          if (billed > 0) count({ source, key, category, priceKey, unit: "min", price }, billed, amount);
        }
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
      if (price !== undefined) {
        charge(date, category, gb * price);
        const unit = category === "storage" ? "GB-day" : "GB";
        if (gb > 0) count({ source, key: priceKey, category, priceKey, unit, price }, gb, gb * price);
      } else {
        charge(date, category, 0);
        if (gb > 0) leaveOut({ source, key: priceKey, reason: "no-price", priceKey, unit: "GB" }, date, gb);
      }
    }
  }

  const none: MinutesByDay = new Map();
  addMinutes("legacyRecording", usage.legacyRecording ?? none, RECORD_STATISTIC_PRICES, "recording");
  addMinutes("recordingSingle", usage.recordingSingle ?? none, RECORDING_USAGE_PRICES.single, "recording");
  addMinutes("recordingMulti", usage.recordingMulti ?? none, RECORDING_USAGE_PRICES.multi, "recording");
  addMinutes("mixTranscoding", usage.mixTranscoding ?? none, MIX_TRANSCODING_USAGE_PRICES, "transcoding");
  addGb("storage", gbByDay(usage.storage, "peak"), "storage", () => "storagePerGbDay");
  addGb(
    "storageOutsideMainland",
    gbByDay(usage.storageOutsideMainland, "peak"),
    "storage",
    () => "storageOutsideMainlandPerGbDay",
  );
  addGb("playback", gbByDay(usage.playback, "sum"), "playback", trafficPriceKey);

  const sorted = [...days.values()].sort((a, b) => a.date.localeCompare(b.date)).map(roundedDay);
  const left = [...unpriced.values()].map((entry) => ({ ...entry, days: entry.days.sort() }));
  return {
    currency: prices.currency,
    days: sorted,
    lines: [...lines.values()],
    unpriced: left,
    isComplete: left.every((entry) => entry.quantity === 0),
  };
}
