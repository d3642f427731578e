import { z } from "zod";
import { PRICE_KEYS } from "@/lib/costs/price-keys";
import { msg } from "@/lib/i18n/message";

export const currencySchema = z.enum(["CNY", "USD"], { error: msg("costs.priceBook.errors.currency") });

export const updatePriceSchema = z.object({
  key: z.enum(PRICE_KEYS, { error: msg("costs.priceBook.errors.key") }),
  currency: currencySchema,
  amount: z.coerce
    .number({ error: msg("costs.priceBook.errors.amount") })
    .min(0, msg("costs.priceBook.errors.amountMin"))
    .max(1_000_000, msg("costs.priceBook.errors.amountMax")),
  source: z
    .string()
    .trim()
    .min(3, msg("costs.priceBook.errors.sourceMin"))
    .max(300, msg("costs.priceBook.errors.sourceMax")),
  asOf: z.iso.date({ error: msg("costs.priceBook.errors.asOf") }),
});
export type UpdatePriceInput = z.input<typeof updatePriceSchema>;

export const resetPriceSchema = updatePriceSchema.pick({ key: true, currency: true });
