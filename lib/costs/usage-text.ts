import { msg } from "@/lib/i18n/message";
import { amountMessage } from "./formulas";
import { formatNumber, type Currency } from "./money";
import type { UnpricedUsage, UsageLine, UsageSource } from "./usage-costs";

/**
 * What each source is (a message: costs.usage.sources.<source>), with the API it is read from.
 * Texts here are messages (`msg`), put into the viewer's language where the usage page shows them.
 */
export const USAGE_SOURCE_LABELS: Record<UsageSource, { label: string; api: string }> = {
  legacyRecording: { label: msg("costs.usage.sources.legacyRecording"), api: "DescribeRecordStatistic" },
  recordingSingle: { label: msg("costs.usage.sources.recordingSingle"), api: "DescribeRecordingUsage (single)" },
  recordingMulti: { label: msg("costs.usage.sources.recordingMulti"), api: "DescribeRecordingUsage (multi)" },
  mixTranscoding: { label: msg("costs.usage.sources.mixTranscoding"), api: "DescribeMixTranscodingUsage" },
  storage: { label: msg("costs.usage.sources.storage"), api: "DescribeStorageDetails" },
  storageOutsideMainland: {
    label: msg("costs.usage.sources.storageOutsideMainland"),
    api: "DescribeStorageDetails (Outside Chinese Mainland)",
  },
  playback: { label: msg("costs.usage.sources.playback"), api: "DescribeCDNUsageData (Flux)" },
};

/**
 * The arithmetic of one priced line: "2 min ÷ 1,000 × 14 CNY = 0.028 CNY",
 * "10 GB × 0.26 CNY/GB = 2.6 CNY" or "5 GB-days × 0.0048 CNY/GB/day = 0.024 CNY".
 */
const UNIT_CHOICES = { min: "min", GB: "gb", "GB-day": "gbDay" } as const satisfies Record<UsageLine["unit"], string>;

export function usageLineFormula(line: UsageLine, currency: Currency): string {
  return msg("costs.usage.lineFormula", {
    unit: UNIT_CHOICES[line.unit],
    quantity: formatNumber(line.quantity),
    price: formatNumber(line.price),
    currency,
    total: amountMessage(line.amount, currency),
  });
}

function dayList(days: readonly string[]): string {
  if (days.length <= 3) return days.join(", ");
  return msg("costs.usage.dayRange", { count: days.length, from: days[0] ?? "", to: days.at(-1) ?? "" });
}

/** A failed source in words: "VOD storage, Chinese mainland (DescribeStorageDetails)". */
export function usageSourceText(source: UsageSource): string {
  const { label, api } = USAGE_SOURCE_LABELS[source];
  return msg("costs.usage.sourceWithApi", { label, api });
}

/**
 * Why some usage is not in the totals, as a sentence a person can act on, e.g.
 * "10 min of MCU mix transcoding (DescribeMixTranscodingUsage, 2KH264) on 2026-11-01: the price
 * book has no CNY price for "MCU mix transcoding, H.264 2K"; set one under Costs → Price book."
 */
export function describeUnpriced(entry: UnpricedUsage, currency: Currency): string {
  const { label, api } = USAGE_SOURCE_LABELS[entry.source];
  const what = {
    quantity: formatNumber(entry.quantity),
    unit: entry.unit,
    label,
    api,
    key: entry.key,
    days: dayList(entry.days),
  };
  if (entry.reason === "unknown-usage-key" || entry.priceKey === null) {
    return msg("costs.usage.unknownKey", what);
  }
  return msg("costs.usage.noPrice", {
    ...what,
    currency,
    item: msg(`costs.priceBook.items.${entry.priceKey}`),
  });
}
