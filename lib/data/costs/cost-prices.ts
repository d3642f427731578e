import "server-only";
import { cache } from "react";
import { getCalculatorPrices } from "@/lib/data/costs/calculator-prices";
import type { Currency } from "@/lib/costs/money";
import type { PriceTable } from "@/lib/costs/price-table";
import { getDb } from "@/lib/db";

/** Both currencies' price books (the reference's defaults with admins' edits), once per request. */
export const getCostPrices = cache(async (): Promise<Record<Currency, PriceTable>> =>
  getCalculatorPrices(await getDb()),
);
