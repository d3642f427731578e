import type { PriceEntry } from "./price-book-defaults";
import { PRICE_GROUPS, PRICE_KEYS, type PriceGroup } from "./price-keys";

/** A section of the price book; its title and what it bills are in the catalog (costs.priceBook.groups). */
export interface PriceBookSection<Entry extends PriceEntry> {
  group: PriceGroup;
  entries: Entry[];
}

const keyOrder = (entry: PriceEntry) => PRICE_KEYS.indexOf(entry.key);

/**
 * Entries in sections by what they bill, in PRICE_GROUPS order; within a section in PRICE_KEYS
 * order, a key's CNY and USD prices side by side. Empty sections are left out.
 */
export function groupPrices<Entry extends PriceEntry>(entries: readonly Entry[]): PriceBookSection<Entry>[] {
  const ordered = [...entries].sort((a, b) => keyOrder(a) - keyOrder(b) || a.currency.localeCompare(b.currency));
  return PRICE_GROUPS.map((group) => ({
    group,
    entries: ordered.filter((entry) => entry.group === group),
  })).filter((section) => section.entries.length > 0);
}
