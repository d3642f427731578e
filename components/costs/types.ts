import type { Currency } from "@/lib/costs/money";
import type { PriceKey } from "@/lib/costs/price-book-defaults";

/** One currency's prices as the calculator needs them (null: the price book has no such price). */
export interface CalculatorPrices {
  currency: Currency;
  prices: Partial<Record<PriceKey, number>>;
}

export const priceText = (prices: CalculatorPrices, key: PriceKey): string => String(prices.prices[key] ?? "");
