import { z } from "zod";
import { addDays, daysSpanned, firstOfMonth, isCalendarDate } from "@/lib/costs/billing-date";

/** TRTC's usage APIs answer at most 31 days at a time (reference §2.5). */
export const USAGE_RANGE_MAX_DAYS = 31;
/** VOD's usage statistics reach back 365 days (reference §3.4). */
export const USAGE_HISTORY_DAYS = 365;
export const USAGE_CURRENCIES = ["CNY", "USD"] as const;

const dateField = (which: string) =>
  z
    .string({ error: `The ${which} date is missing.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      error: `The ${which} date must be written YYYY-MM-DD, e.g. 2026-12-01.`,
      abort: true,
    })
    .refine(isCalendarDate, { error: (issue) => `${String(issue.input)} is not a date on the calendar.` });

export const usageRangeFields = z.object({ from: dateField("start"), to: dateField("end") });
export type UsageRange = z.infer<typeof usageRangeFields>;

/**
 * A chosen range of billing days (Beijing time), checked against what the usage APIs answer:
 * from ≤ to, at most 31 days, ending today at the latest and starting within the last 365 days.
 */
export function usageRangeSchema(today: string) {
  const earliest = addDays(today, -(USAGE_HISTORY_DAYS - 1));
  return usageRangeFields.superRefine((range, context) => {
    const issue = (path: "from" | "to", message: string) => context.addIssue({ code: "custom", path: [path], message });
    // zod runs this even when a field failed: its own message is enough then.
    if (!isCalendarDate(range.from) || !isCalendarDate(range.to)) return;
    if (range.to < range.from) return issue("to", "The end date must not be before the start date.");
    const days = daysSpanned(range.from, range.to);
    if (days > USAGE_RANGE_MAX_DAYS) {
      issue(
        "to",
        `A range may cover at most ${USAGE_RANGE_MAX_DAYS} days (Tencent's usage APIs answer that much at a time); this one covers ${days}.`,
      );
    }
    if (range.to > today) issue("to", `The range must end today (${today}, Beijing time) or earlier.`);
    if (range.from < earliest) {
      issue(
        "from",
        `The range must start on ${earliest} or later: VOD keeps usage statistics for ${USAGE_HISTORY_DAYS} days.`,
      );
    }
  });
}

export interface UsageSearch {
  range: UsageRange;
  currency: (typeof USAGE_CURRENCIES)[number];
}

export type UsageSearchResult =
  | { ok: true; search: UsageSearch }
  | { ok: false; message: string; fieldErrors: Partial<Record<"from" | "to" | "currency", string[]>> };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The usage page's URL state (`from`, `to`, `currency`), shared by the page, its route handler and
 * the client. Without dates it is this month so far; with only `to`, from the 1st of its month;
 * with only `from`, to today.
 */
export function parseUsageSearch(params: Params, today: string): UsageSearchResult {
  const rawFrom = read(params, "from") || undefined;
  const rawTo = read(params, "to") || undefined;
  const rawCurrency = read(params, "currency") || "CNY";
  const to = rawTo ?? today;
  const from = rawFrom ?? (isCalendarDate(to) ? firstOfMonth(to) : to);
  const range = usageRangeSchema(today).safeParse({ from, to });
  const currency = z.enum(USAGE_CURRENCIES).safeParse(rawCurrency);
  if (range.success && currency.success) return { ok: true, search: { range: range.data, currency: currency.data } };
  const fieldErrors: Partial<Record<"from" | "to" | "currency", string[]>> = {};
  for (const issue of range.success ? [] : range.error.issues) {
    const field = issue.path[0] === "from" ? "from" : "to";
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
  }
  if (!currency.success) fieldErrors.currency = [`The currency is CNY or USD, not "${rawCurrency}".`];
  return { ok: false, message: Object.values(fieldErrors).flat().join(" "), fieldErrors };
}

/** The URL query for a search; this month so far and CNY, the defaults, are left out. */
export function usageSearchQuery(search: UsageSearch, today: string): string {
  const params = new URLSearchParams();
  const isDefault = search.range.from === firstOfMonth(today) && search.range.to === today;
  if (!isDefault) {
    params.set("from", search.range.from);
    params.set("to", search.range.to);
  }
  if (search.currency !== "CNY") params.set("currency", search.currency);
  return params.toString();
}

/** Ranges offered as one-click choices; each fits the 31-day limit. */
export function usageRangePresets(today: string): Array<{ label: string; range: UsageRange }> {
  const lastMonthEnd = addDays(firstOfMonth(today), -1);
  return [
    { label: "This month so far", range: { from: firstOfMonth(today), to: today } },
    { label: "Last 7 days", range: { from: addDays(today, -6), to: today } },
    { label: "Last 31 days", range: { from: addDays(today, -30), to: today } },
    { label: "Last month", range: { from: firstOfMonth(lastMonthEnd), to: lastMonthEnd } },
  ];
}
