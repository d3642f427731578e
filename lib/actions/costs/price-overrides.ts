import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { priceOverrides } from "@/lib/db/schema";
import type { Currency } from "@/lib/costs/money";
import type { PriceKey } from "@/lib/costs/price-book-defaults";

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
