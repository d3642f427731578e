"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { resetPrice as deleteOverride, updatePrice as storeOverride } from "@/lib/actions/costs/price-overrides";
import { resetPriceSchema, updatePriceSchema } from "@/lib/schemas/price";

/** Changes one price of the price book (admin only), e.g. to a contract price. */
export const updatePrice = defineAction({
  name: "updatePrice",
  role: "admin",
  schema: updatePriceSchema,
  handler: async (input, { db, user, audit }) => {
    await storeOverride(db, input, user.email);
    await audit("price.update", `price:${input.key}:${input.currency}`, { amount: input.amount, source: input.source });
    revalidatePath("/costs", "layout");
    return ok({ key: input.key });
  },
});

/** Puts one price back to the reference's default (admin only). */
export const resetPrice = defineAction({
  name: "resetPrice",
  role: "admin",
  schema: resetPriceSchema,
  handler: async (input, { db, audit }) => {
    await deleteOverride(db, input.key, input.currency);
    await audit("price.reset", `price:${input.key}:${input.currency}`);
    revalidatePath("/costs", "layout");
    return ok({ key: input.key });
  },
});
