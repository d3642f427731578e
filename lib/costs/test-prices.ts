import { DEFAULT_CNY_PRICES, DEFAULT_USD_PRICES } from "./price-book-defaults";
import { toPriceTable, type PriceTable } from "./price-table";

/** The reference's list prices as estimate functions take them, for tests. */
export const CNY: PriceTable = toPriceTable(DEFAULT_CNY_PRICES, "CNY");
export const USD: PriceTable = toPriceTable(DEFAULT_USD_PRICES, "USD");
