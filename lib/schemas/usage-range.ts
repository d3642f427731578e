import { addDays, daysSpanned, firstOfMonth, isCalendarDate } from "@/lib/costs/billing-date";
import { msg } from "@/lib/i18n/message";

/** TRTC's usage APIs answer at most 31 days at a time (reference §2.5). */
export const USAGE_RANGE_MAX_DAYS = 31;
/** VOD's usage statistics reach back 365 days (reference §3.4). */
export const USAGE_HISTORY_DAYS = 365;
export const USAGE_CURRENCIES = ["CNY", "USD"] as const;

/** A type, not an interface: it is also read as URL params (an index signature). */
export type UsageRange = { from: string; to: string };

type RangeErrors = Partial<Record<"from" | "to", string[]>>;
export type UsageRangeCheck = { ok: true; range: UsageRange } | { ok: false; fieldErrors: RangeErrors };

/*
 * Checked by hand rather than with zod: the usage page's client checks ranges as it renders, and
 * zod would be most of that page's first-load JavaScript for two dates (bench/bundles).
 */
function dateProblem(value: unknown, which: "start" | "end"): string | null {
  if (typeof value !== "string") return msg("costs.usage.rangeErrors.missing", { which });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return msg("costs.usage.rangeErrors.format", { which });
  if (!isCalendarDate(value)) return msg("costs.usage.rangeErrors.notADate", { value });
  return null;
}

/**
 * A chosen range of billing days (Beijing time), checked against what the usage APIs answer:
 * from ≤ to, at most 31 days, ending today at the latest and starting within the last 365 days.
 */
export function checkUsageRange(range: { from: unknown; to: unknown }, today: string): UsageRangeCheck {
  const fieldErrors: RangeErrors = {};
  const issue = (path: "from" | "to", message: string) => (fieldErrors[path] = [...(fieldErrors[path] ?? []), message]);
  const fromProblem = dateProblem(range.from, "start");
  const toProblem = dateProblem(range.to, "end");
  if (fromProblem) issue("from", fromProblem);
  if (toProblem) issue("to", toProblem);
  if (fromProblem || toProblem || typeof range.from !== "string" || typeof range.to !== "string")
    return { ok: false, fieldErrors };
  const { from, to } = range;
  if (to < from) {
    issue("to", msg("costs.usage.rangeErrors.endBeforeStart"));
    return { ok: false, fieldErrors };
  }
  const days = daysSpanned(from, to);
  if (days > USAGE_RANGE_MAX_DAYS) {
    issue("to", msg("costs.usage.rangeErrors.tooLong", { max: USAGE_RANGE_MAX_DAYS, days }));
  }
  if (to > today) issue("to", msg("costs.usage.rangeErrors.future", { today }));
  const earliest = addDays(today, -(USAGE_HISTORY_DAYS - 1));
  if (from < earliest) {
    issue("from", msg("costs.usage.rangeErrors.tooOld", { earliest, days: USAGE_HISTORY_DAYS }));
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, range: { from, to } };
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
  const range = checkUsageRange({ from, to }, today);
  const currency = USAGE_CURRENCIES.find((candidate) => candidate === rawCurrency);
  if (range.ok && currency) return { ok: true, search: { range: range.range, currency } };
  const fieldErrors: Partial<Record<"from" | "to" | "currency", string[]>> = range.ok ? {} : { ...range.fieldErrors };
  if (!currency) fieldErrors.currency = [msg("costs.usage.rangeErrors.currency", { currency: rawCurrency })];
  return { ok: false, message: joinMessages(Object.values(fieldErrors).flat()), fieldErrors };
}

/** Several messages as one (each sentence after the other), still put into words where shown. */
function joinMessages(messages: readonly string[]): string {
  const [first = "", ...rest] = messages;
  return rest.length === 0 ? first : msg("costs.usage.rangeErrors.joined", { first, rest: joinMessages(rest) });
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
export type UsageRangePreset = "thisMonth" | "last7" | "last31" | "lastMonth";

/** Ranges offered as one-click choices; each fits the 31-day limit. The page names them (catalog). */
export function usageRangePresets(today: string): Array<{ id: UsageRangePreset; range: UsageRange }> {
  const lastMonthEnd = addDays(firstOfMonth(today), -1);
  return [
    { id: "thisMonth", range: { from: firstOfMonth(today), to: today } },
    { id: "last7", range: { from: addDays(today, -6), to: today } },
    { id: "last31", range: { from: addDays(today, -30), to: today } },
    { id: "lastMonth", range: { from: firstOfMonth(lastMonthEnd), to: lastMonthEnd } },
  ];
}
