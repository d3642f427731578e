import { queryOptions } from "@tanstack/react-query";
import type { Currency } from "@/lib/costs/money";
import type { PriceTable } from "@/lib/costs/price-table";
import { queryKeys } from "./keys";
import { fetchJson } from "./fetch-json";

/** Both currencies' prices for estimates made in the browser; prices change only when an admin edits them. */
export function costPricesQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.costs.prices(),
    queryFn: () => fetchJson<Record<Currency, PriceTable>>("/api/costs/prices"),
    staleTime: 5 * 60_000,
  });
}
