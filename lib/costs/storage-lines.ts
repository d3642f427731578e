import { pricedLine, type CostLine } from "./cost-lines";
import { formatAmount, formatNumber } from "./money";
import type { PriceKey } from "./price-keys";
import type { PriceTable } from "./price-table";

/** How long VOD keeps a file. VOD's and CSS's 0 days (or no expiry) means forever. */
export type Retention = { days: number } | "forever";
export type StorageArea = "mainland" | "outside-mainland";

const DAY_MS = 86_400_000;

/** Settings' retention days as a Retention: 0 is "kept forever" (CSS StorageTime 0). */
export function retentionFromDays(days: number): Retention {
  return days > 0 ? { days } : "forever";
}

/**
 * A VOD file's retention from its CreateTime and ExpireTime: whole days, rounded up because VOD
 * bills each day's peak, so a file kept part of a day pays for that day. No expiry: forever.
 */
export function retentionOf(createdAt: string, expiresAt: string | null): Retention {
  if (expiresAt === null) return "forever";
  const span = Date.parse(expiresAt) - Date.parse(createdAt);
  if (!Number.isFinite(span)) throw new Error(`Cannot read the retention from "${createdAt}" to "${expiresAt}".`);
  return { days: Math.max(1, Math.ceil(span / DAY_MS)) };
}

export function storagePriceKey(area: StorageArea): PriceKey {
  return area === "mainland" ? "storagePerGbDay" : "storageOutsideMainlandPerGbDay";
}

/**
 * Storage of `sizeGb` per day and over the retention. A file kept forever has no total: it costs
 * the per-day amount for as long as it stays, which `openEnded` says in words.
 */
export function storageLines(
  prices: PriceTable,
  input: { label: string; sizeGb: number; sizeFormula: string; retention: Retention; area: StorageArea },
): { perDay: CostLine; overRetention: CostLine | null; openEnded: string | null } {
  const priceKey = storagePriceKey(input.area);
  const { currency } = prices;
  const perDay = pricedLine(prices, { category: "storage", label: `${input.label}, per day`, priceKey }, (price) => {
    const amount = input.sizeGb * price;
    return {
      amount,
      formula: `${input.sizeFormula}; ${formatNumber(input.sizeGb)} GB × ${formatNumber(price)} ${currency}/GB/day = ${formatAmount(amount, currency)}/day`,
    };
  });
  const { retention } = input;
  if (retention === "forever") {
    const daily = perDay.amount === null ? "its daily storage" : `${formatAmount(perDay.amount, currency)}/day`;
    return {
      perDay,
      overRetention: null,
      openEnded: `Kept forever: ${daily} for as long as it stays.`,
    };
  }
  const overRetention = pricedLine(
    prices,
    { category: "storage", label: `${input.label}, ${formatNumber(retention.days)} days`, priceKey },
    (price) => {
      const daily = input.sizeGb * price;
      const amount = daily * retention.days;
      return {
        amount,
        formula: `${formatNumber(input.sizeGb)} GB × ${formatNumber(price)} ${currency}/GB/day × ${formatNumber(retention.days)} days = ${formatAmount(amount, currency)}`,
      };
    },
  );
  return { perDay, overRetention, openEnded: null };
}
