import { formatAmount, formatNumber, type Currency } from "./money";
import { PRICE_ITEMS } from "./price-keys";
import type { UnpricedUsage, UsageLine, UsageSource } from "./usage-costs";

/** What each source is, in words, with the API it is read from. */
export const USAGE_SOURCE_LABELS: Record<UsageSource, { label: string; api: string }> = {
  legacyRecording: { label: "Legacy (CSS) recording", api: "DescribeRecordStatistic" },
  recordingSingle: { label: "Cloud-recording tasks, single stream", api: "DescribeRecordingUsage (single)" },
  recordingMulti: { label: "Cloud-recording tasks, mixed", api: "DescribeRecordingUsage (multi)" },
  mixTranscoding: { label: "MCU mix transcoding", api: "DescribeMixTranscodingUsage" },
  storage: { label: "VOD storage, Chinese mainland", api: "DescribeStorageDetails" },
  storageOutsideMainland: {
    label: "VOD storage, outside the Chinese mainland",
    api: "DescribeStorageDetails (Outside Chinese Mainland)",
  },
  playback: { label: "VOD playback traffic", api: "DescribeCDNUsageData (Flux)" },
};

const UNIT_WORDS: Record<UsageLine["unit"], string> = { min: "min", GB: "GB", "GB-day": "GB-days" };

/**
 * The arithmetic of one priced line: "2 min ÷ 1,000 × 14 CNY = 0.028 CNY",
 * "10 GB × 0.26 CNY/GB = 2.6 CNY" or "5 GB-days × 0.0048 CNY/GB/day = 0.024 CNY".
 */
export function usageLineFormula(line: UsageLine, currency: Currency): string {
  const quantity = `${formatNumber(line.quantity)} ${UNIT_WORDS[line.unit]}`;
  const total = formatAmount(line.amount, currency);
  if (line.unit === "min") return `${quantity} ÷ 1,000 × ${formatNumber(line.price)} ${currency} = ${total}`;
  const per = line.unit === "GB" ? "GB" : "GB/day";
  return `${quantity} × ${formatNumber(line.price)} ${currency}/${per} = ${total}`;
}

function dayList(days: readonly string[]): string {
  if (days.length <= 3) return days.join(", ");
  return `${days.length} days from ${days[0] ?? ""} to ${days.at(-1) ?? ""}`;
}

/**
 * Why some usage is not in the totals, as a sentence a person can act on, e.g.
 * "10 min of MCU mix transcoding (DescribeMixTranscodingUsage, 2KH264) on 2026-11-01: the price
 * book has no CNY price for "MCU mix transcoding, H.264 2K"; set one under Costs → Price book."
 */
export function describeUnpriced(entry: UnpricedUsage, currency: Currency): string {
  const { label, api } = USAGE_SOURCE_LABELS[entry.source];
  const what = `${formatNumber(entry.quantity)} ${entry.unit} of ${label} (${api}, ${entry.key}) on ${dayList(entry.days)}`;
  if (entry.reason === "unknown-usage-key" || entry.priceKey === null) {
    return `${what}: the console does not know the usage key "${entry.key}", so it cannot price it.`;
  }
  return `${what}: the price book has no ${currency} price for "${PRICE_ITEMS[entry.priceKey].label}"; set one under Costs → Price book.`;
}
