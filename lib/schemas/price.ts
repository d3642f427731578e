import { z } from "zod";
import { PRICE_KEYS } from "@/lib/costs/price-keys";

export const currencySchema = z.enum(["CNY", "USD"], { error: "The currency is CNY or USD." });

export const updatePriceSchema = z.object({
  key: z.enum(PRICE_KEYS, { error: "Not a price of the price book." }),
  currency: currencySchema,
  amount: z.coerce
    .number({ error: "Enter a price, e.g. 0.0325." })
    .min(0, "A price is 0 or more.")
    .max(1_000_000, "A price is at most 1,000,000."),
  source: z
    .string()
    .trim()
    .min(3, "Say where the price comes from (contract, page, date).")
    .max(300, "At most 300 characters."),
  asOf: z.iso.date({ error: "The date is YYYY-MM-DD." }),
});
export type UpdatePriceInput = z.input<typeof updatePriceSchema>;

export const resetPriceSchema = updatePriceSchema.pick({ key: true, currency: true });
