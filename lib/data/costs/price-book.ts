import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { priceOverrides } from "@/lib/db/schema";
import type { Currency } from "@/lib/costs/money";
import { DEFAULT_PRICES, type PriceEntry, type PriceKey } from "@/lib/costs/price-book-defaults";

export interface PriceBookEntry extends PriceEntry {
  /** Who changed it from the reference's default, if anyone. */
  editedBy: string | null;
}

/** The price book in one currency: the reference's defaults, with admins' edits on top. */
export async function getPriceBook(db: Db, currency: Currency): Promise<PriceBookEntry[]> {
  const overrides = await db.select().from(priceOverrides).where(eq(priceOverrides.currency, currency));
  return DEFAULT_PRICES.filter((entry) => entry.currency === currency).map((entry) => {
    const override = overrides.find((row) => row.key === entry.key);
    if (!override) return { ...entry, editedBy: null };
    return {
      ...entry,
      amount: override.amount,
      source: override.source,
      asOf: override.asOf,
      unconfirmed: false,
      editedBy: override.updatedByEmail,
    };
  });
}

/** One price of a book; null when the book has none for the key. */
export function priceOf(book: PriceBookEntry[], key: PriceKey): number | null {
  return book.find((entry) => entry.key === key)?.amount ?? null;
}
