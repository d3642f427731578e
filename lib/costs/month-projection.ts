import { daysInMonthOf } from "./billing-date";
import { COST_CATEGORIES, roundMoney } from "./cost-lines";
import { msg } from "@/lib/i18n/message";
import { amountMessage } from "./formulas";
import { formatNumber, type Currency } from "./money";
import type { CategoryAmounts, DailyCost } from "./usage-costs";

export interface MonthProjection {
  /** YYYY-MM. */
  month: string;
  /** This month's days up to and including today (today's usage is still partial). */
  soFar: CategoryAmounts;
  /** Days of this month before today, whose usage is complete. */
  completeDays: number;
  daysInMonth: number;
  /** Null on the 1st: no complete day yet to project from. */
  projected: CategoryAmounts | null;
  /** The projection's arithmetic, a message (`msg`) put into words where it is shown. */
  formula: string;
}

const KEYS = [...COST_CATEGORIES, "total"] as const;
const zero = (): CategoryAmounts => ({ recording: 0, storage: 0, playback: 0, transcoding: 0, total: 0 });

function sum(days: readonly DailyCost[]): CategoryAmounts {
  const amounts = zero();
  for (const day of days) for (const key of KEYS) amounts[key] = roundMoney(amounts[key] + day[key]);
  return amounts;
}

/**
 * This month so far and projected to its end, per category and in total.
 *
 * projected = C + (C ÷ n) × (D − n), where C is the cost of the n complete days of the month (the
 * 1st to yesterday, UTC+8 billing days; a day with no usage counts as 0) and D the days in the
 * month. Today is left out of the average and projected like the days left, because its usage is
 * partial (Tencent pushes a day's bill the next morning). On the 1st there is no complete day, so
 * there is no projection. `days` must cover the month from its 1st (aggregate with a range).
 */
export function projectMonth(days: readonly DailyCost[], today: string, currency: Currency): MonthProjection {
  const month = today.slice(0, 7);
  const thisMonth = days.filter((day) => day.date.startsWith(month) && day.date <= today);
  const complete = thisMonth.filter((day) => day.date < today);
  const completeDays = Number(today.slice(8, 10)) - 1;
  const daysInMonth = daysInMonthOf(today);
  const soFar = sum(thisMonth);
  if (completeDays === 0) {
    return {
      month,
      soFar,
      completeDays,
      daysInMonth,
      projected: null,
      formula: msg("costs.usage.projection.noCompleteDay"),
    };
  }
  const completeCost = sum(complete);
  const remaining = daysInMonth - completeDays;
  const projected = zero();
  for (const key of KEYS) {
    projected[key] = roundMoney(completeCost[key] + (completeCost[key] / completeDays) * remaining);
  }
  const average = roundMoney(completeCost.total / completeDays);
  return {
    month,
    soFar,
    completeDays,
    daysInMonth,
    projected,
    formula: msg("costs.usage.projection.formula", {
      completeCost: amountMessage(completeCost.total, currency),
      completeDays: formatNumber(completeDays),
      days: completeDays,
      average: amountMessage(average, currency),
      remaining: formatNumber(remaining),
      projected: amountMessage(projected.total, currency),
    }),
  };
}
