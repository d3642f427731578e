import type { Db } from "@/lib/db/open-database";
import type { Currency } from "@/lib/costs/money";
import { getPriceBook } from "@/lib/data/costs/price-book";
import { toPriceTable, type PriceTable } from "@/lib/costs/price-table";

/** Both currencies' price books, reduced to what the calculator needs. */
export async function getCalculatorPrices(db: Db): Promise<Record<Currency, PriceTable>> {
  const [cny, usd] = await Promise.all([getPriceBook(db, "CNY"), getPriceBook(db, "USD")]);
  return { CNY: toPriceTable(cny, "CNY"), USD: toPriceTable(usd, "USD") };
}
