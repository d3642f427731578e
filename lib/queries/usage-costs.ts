import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { UsageReport } from "@/lib/costs/usage-report";
import type { UsageRange } from "@/lib/schemas/usage-range";
import { queryKeys } from "./keys";
import { fetchJson } from "./fetch-json";

/** Today's usage grows through the day; a minute is fresh enough for a cost chart. */
export const USAGE_STALE_MS = 60_000;

/** The route handler's URL for a range. */
export function usageCostsUrl(range: UsageRange): string {
  return `/api/costs/usage?${new URLSearchParams({ from: range.from, to: range.to }).toString()}`;
}

/**
 * The usage report of a range; the page prefetches it on the server under the same key (its
 * queryFn calling lib/data instead of the route). The currency is not in the key: the report
 * carries both, so switching currency needs no request.
 */
export function usageCostsQueryOptions(range: UsageRange) {
  return queryOptions({
    queryKey: queryKeys.costs.usage(range),
    queryFn: () => fetchJson<UsageReport>(usageCostsUrl(range)),
    placeholderData: keepPreviousData,
    staleTime: USAGE_STALE_MS,
  });
}
