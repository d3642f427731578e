import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { priceOverrides } from "@/lib/db/schema";
import type { Currency } from "./money";
import { DEFAULT_PRICES, type PriceEntry, type PriceKey } from "./price-book-defaults";

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

export interface PriceEdit {
  key: PriceKey;
  currency: Currency;
  amount: number;
  source: string;
  asOf: string;
}

/** Stores an admin's price (e.g. a contract's) over the reference's default, or over its absence. */
export async function updatePrice(db: Db, edit: PriceEdit, editorEmail: string): Promise<void> {
  await db
    .insert(priceOverrides)
    .values({ ...edit, updatedByEmail: editorEmail })
    .onConflictDoUpdate({
      target: [priceOverrides.key, priceOverrides.currency],
      set: {
        amount: edit.amount,
        source: edit.source,
        asOf: edit.asOf,
        updatedByEmail: editorEmail,
        updatedAt: new Date(),
      },
    });
}

/** Back to the reference's default. */
export async function resetPrice(db: Db, key: PriceKey, currency: Currency): Promise<void> {
  await db.delete(priceOverrides).where(and(eq(priceOverrides.key, key), eq(priceOverrides.currency, currency)));
}
