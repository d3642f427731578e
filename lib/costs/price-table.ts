import type { Currency } from "./money";
import type { PriceEntry, PriceKey } from "./price-book-defaults";

/**
 * One currency's prices as the estimate functions take them: a key is absent when the price book
 * has no price for it, so an estimate can report the gap instead of pricing it at 0.
 */
export interface PriceTable {
  currency: Currency;
  prices: Partial<Record<PriceKey, number>>;
}

/** A price book (one currency) reduced to its known prices. */
export function toPriceTable(book: readonly PriceEntry[], currency: Currency): PriceTable {
  const prices: Partial<Record<PriceKey, number>> = {};
  for (const entry of book) {
    if (entry.currency === currency && entry.amount !== null) prices[entry.key] = entry.amount;
  }
  return { currency, prices };
}
