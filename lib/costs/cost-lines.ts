import { msg } from "@/lib/i18n/message";
import { amountMessage, type Estimate } from "./formulas";
import type { Currency } from "./money";
import { PRICE_ITEMS, type PriceKey } from "./price-keys";
import type { PriceTable } from "./price-table";

/** What a cost is for; the usage chart and the estimates split costs the same way. */
export const COST_CATEGORIES = ["recording", "storage", "playback", "transcoding"] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/**
 * One priced item of an estimate, with the arithmetic behind it. `label`, `formula` and a summary's
 * `gaps` are messages (`msg`): the pages that show them put them into the viewer's language.
 */
export interface CostLine {
  category: CostCategory;
  label: string;
  priceKey: PriceKey;
  /** Null: the price book has no price for `priceKey`; the line is left out of totals and says so. */
  amount: number | null;
  formula: string;
}

/** Lines with their total; what is left out of the total is listed, never priced at 0. */
export interface CostSummary {
  currency: Currency;
  lines: CostLine[];
  /** Sum of the priced lines. */
  total: number;
  /** Keys the price book has no price for (each once). */
  missingPrices: PriceKey[];
  /** Why the total is not the whole cost, as messages: missing prices, missing facts, open-ended storage. */
  gaps: string[];
  isComplete: boolean;
}

export const roundMoney = (value: number): number => Number(value.toPrecision(12));

/**
 * A line priced from the table: `compute` gets the price and returns the amount and formula (a
 * message); with no price the line carries a null amount and a formula saying which price is missing.
 */
export function pricedLine(
  prices: PriceTable,
  line: { category: CostCategory; label: string; priceKey: PriceKey },
  compute: (price: number) => { amount: number; formula: string },
): CostLine {
  const price = prices.prices[line.priceKey];
  if (price === undefined) {
    const formula = msg("costs.lines.noPriceFormula", {
      currency: prices.currency,
      item: PRICE_ITEMS[line.priceKey].label,
    });
    return { ...line, amount: null, formula };
  }
  const { amount, formula } = compute(price);
  return { ...line, amount: roundMoney(amount), formula };
}

/** A formula's amount with its arithmetic as a message, as `pricedLine`'s `compute` returns them. */
export function chargeOf(estimate: Estimate): { amount: number; formula: string } {
  return { amount: estimate.amount, formula: estimate.formulaMessage };
}

/** Totals lines and lists what the total leaves out; `gaps` adds reasons other than prices. */
export function summarize(currency: Currency, lines: CostLine[], gaps: string[] = []): CostSummary {
  const missingPrices = [...new Set(lines.filter((line) => line.amount === null).map((line) => line.priceKey))];
  const total = roundMoney(lines.reduce((sum, line) => sum + (line.amount ?? 0), 0));
  const allGaps = [
    ...missingPrices.map((key) => msg("costs.lines.noPriceGap", { currency, item: PRICE_ITEMS[key].label })),
    ...gaps,
  ];
  return { currency, lines, total, missingPrices, gaps: allGaps, isComplete: allGaps.length === 0 };
}

/** "1.95 CNY" or "1.95 CNY + unpriced items", for a result line (a message). */
export function formatTotal(summary: CostSummary): string {
  const amount = amountMessage(summary.total, summary.currency);
  return summary.missingPrices.length > 0 ? msg("costs.lines.totalWithUnpriced", { amount }) : amount;
}
