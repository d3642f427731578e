import type { UsageRange } from "@/lib/schemas/usage-range";
import { firstOfMonth } from "./billing-date";
import type { Currency } from "./money";
import { projectMonth, type MonthProjection } from "./month-projection";
import type { PriceTable } from "./price-table";
import { dailyUsageCosts, type UsageCosts, type UsageLine, type UsageReadings, type UsageSource } from "./usage-costs";
import { USAGE_SOURCE_LABELS, describeUnpriced, usageLineFormula, usageSourceText } from "./usage-text";

/** A usage API that could not be read: its cost is missing from the totals, and the page says so. */
export interface UsageFailure {
  source: UsageSource;
  /** Which read failed: the chosen range's, or this month's (for the projection). */
  period: "range" | "month";
  /** Safe to show (a CloudError's message). */
  message: string;
}

/** A priced line of the range with its source in words and its arithmetic. */
export interface BreakdownLine extends UsageLine {
  label: string;
  api: string;
  formula: string;
}

export interface CurrencyReport {
  costs: UsageCosts;
  breakdown: BreakdownLine[];
  /** What the range's totals leave out, in words. */
  unpricedText: string[];
  month: MonthProjection;
  /** What this month's figures leave out, in words (the projection is too low by at least that). */
  monthUnpricedText: string[];
}

/** The usage page's data: per-day cost of a range and this month's projection, in both currencies. */
export interface UsageReport {
  range: UsageRange;
  /** This month so far: the 1st to today (Beijing). */
  month: UsageRange;
  /** Today's billing day, YYYY-MM-DD in UTC+8. */
  today: string;
  /** The VOD (sub-)application whose storage and traffic were read; null: the main application. */
  storageSubAppId: number | null;
  /** With `what`: the source and its API in words. */
  failures: Array<UsageFailure & { what: string }>;
  byCurrency: Record<Currency, CurrencyReport>;
}

/** This month so far, in billing days: the 1st to today. */
export function monthSoFar(today: string): UsageRange {
  return { from: firstOfMonth(today), to: today };
}

export function isSameRange(a: UsageRange, b: UsageRange): boolean {
  return a.from === b.from && a.to === b.to;
}

/**
 * Prices a range's usage and this month's, in CNY and USD, and projects the month. When the range
 * is this month so far, `monthUsage` is not read: the range's responses serve both.
 */
export function buildUsageReport(
  input: {
    range: UsageRange;
    today: string;
    storageSubAppId: number | null;
    rangeUsage: UsageReadings;
    monthUsage: UsageReadings;
    failures: UsageFailure[];
  },
  prices: Record<Currency, PriceTable>,
): UsageReport {
  const month = monthSoFar(input.today);
  const currencyReport = (currency: Currency): CurrencyReport => {
    const costs = dailyUsageCosts(input.rangeUsage, prices[currency], input.range);
    const monthCosts = isSameRange(input.range, month)
      ? costs
      : dailyUsageCosts(input.monthUsage, prices[currency], month);
    const inWords = (entries: UsageCosts["unpriced"]) =>
      entries.filter((entry) => entry.quantity > 0).map((entry) => describeUnpriced(entry, currency));
    return {
      costs,
      breakdown: costs.lines.map((line) => ({
        ...line,
        ...USAGE_SOURCE_LABELS[line.source],
        formula: usageLineFormula(line, currency),
      })),
      unpricedText: inWords(costs.unpriced),
      month: projectMonth(monthCosts.days, input.today, currency),
      monthUnpricedText: inWords(monthCosts.unpriced),
    };
  };
  return {
    range: input.range,
    month,
    today: input.today,
    storageSubAppId: input.storageSubAppId,
    failures: input.failures.map((failure) => ({ ...failure, what: usageSourceText(failure.source) })),
    byCurrency: { CNY: currencyReport("CNY"), USD: currencyReport("USD") },
  };
}
