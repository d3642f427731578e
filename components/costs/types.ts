import type { PriceKey } from "@/lib/costs/price-book-defaults";
import type { PriceTable } from "@/lib/costs/price-table";

/** One currency's prices as the calculator needs them (a key is absent: the price book has none). */
export type CalculatorPrices = PriceTable;

export const priceText = (prices: CalculatorPrices, key: PriceKey): string => String(prices.prices[key] ?? "");
