import type { Db } from "@/lib/db/open-database";
import type { Currency } from "./money";
import { getPriceBook } from "./price-book";
import type { PriceKey } from "./price-book-defaults";

/** Both currencies' price books, reduced to what the calculator needs. */
export async function getCalculatorPrices(
  db: Db,
): Promise<Record<Currency, { currency: Currency; prices: Partial<Record<PriceKey, number>> }>> {
  const [cny, usd] = await Promise.all([getPriceBook(db, "CNY"), getPriceBook(db, "USD")]);
  const toMap = (book: typeof cny) =>
    Object.fromEntries(book.map((entry) => [entry.key, entry.amount])) as Partial<Record<PriceKey, number>>;
  return { CNY: { currency: "CNY", prices: toMap(cny) }, USD: { currency: "USD", prices: toMap(usd) } };
}
