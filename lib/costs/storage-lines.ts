import { msg } from "@/lib/i18n/message";
import { pricedLine, type CostLine } from "./cost-lines";
import { amountMessage } from "./formulas";
import { formatNumber } from "./money";
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
 * the per-day amount for as long as it stays, which `openEnded` says in words. `label` and
 * `sizeFormula` are messages (`msg`), and so are the lines' texts.
 */
export function storageLines(
  prices: PriceTable,
  input: { label: string; sizeGb: number; sizeFormula: string; retention: Retention; area: StorageArea },
): { perDay: CostLine; overRetention: CostLine | null; openEnded: string | null } {
  const priceKey = storagePriceKey(input.area);
  const { currency } = prices;
  const size = formatNumber(input.sizeGb);
  const perDay = pricedLine(
    prices,
    { category: "storage", label: msg("costs.lines.storagePerDayLabel", { what: input.label }), priceKey },
    (price) => {
      const amount = input.sizeGb * price;
      return {
        amount,
        formula: msg("costs.lines.storagePerDayFormula", {
          sizeFormula: input.sizeFormula,
          size,
          price: formatNumber(price),
          currency,
          amount: amountMessage(amount, currency),
        }),
      };
    },
  );
  const { retention } = input;
  if (retention === "forever") {
    const openEnded = msg("costs.lines.keptForever", {
      priced: perDay.amount === null ? "no" : "yes",
      perDay: perDay.amount === null ? "" : amountMessage(perDay.amount, currency),
    });
    return { perDay, overRetention: null, openEnded };
  }
  const days = formatNumber(retention.days);
  const overRetention = pricedLine(
    prices,
    { category: "storage", label: msg("costs.lines.storageDaysLabel", { what: input.label, days }), priceKey },
    (price) => {
      const amount = input.sizeGb * price * retention.days;
      return {
        amount,
        formula: msg("costs.lines.storageDaysFormula", {
          size,
          price: formatNumber(price),
          currency,
          days,
          total: amountMessage(amount, currency),
        }),
      };
    },
  );
  return { perDay, overRetention, openEnded: null };
}
