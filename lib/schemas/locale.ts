import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";

export const chooseLocaleSchema = z.strictObject({
  locale: z.enum(LOCALES, { error: msg("locale.unknown", { allowed: LOCALES.join(", ") }) }),
});
