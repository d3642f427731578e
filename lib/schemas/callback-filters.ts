import { z } from "zod";
import { msg } from "@/lib/i18n/message";

// Re-exported for the server; client components import them from ./callback-filter-values, which
// has no zod (a module imported for a constant is bundled whole, zod with it).
export { initialCallbackFilters, toQueryFilters, type CallbackFilterValues } from "./callback-filter-values";

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
/** A positive whole number up to `max`: the columns are bigints, so a larger one would fail the query, not the filter. */
const optionalInt = (message: string, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: message }).int(message).positive(message).max(max, message).optional(),
  );
const optionalDate = (message: string) => z.preprocess(emptyToUndefined, z.coerce.date({ error: message }).optional());

/** Inbox filters, as query parameters of /api/callback-events (all optional). */
export const callbackFiltersSchema = z
  .object({
    eventType: optionalInt(msg("callbacks.filters.errors.eventType"), 999),
    sdkAppId: optionalInt(msg("callbacks.filters.errors.sdkAppId"), 4_294_967_295),
    streamId: z.preprocess(
      emptyToUndefined,
      z.string().trim().max(200, msg("callbacks.filters.errors.streamId")).optional(),
    ),
    signature: z.preprocess(
      emptyToUndefined,
      z.enum(["valid", "invalid"], { error: msg("callbacks.filters.errors.signature") }).optional(),
    ),
    from: optionalDate(msg("callbacks.filters.errors.from")),
    to: optionalDate(msg("callbacks.filters.errors.to")),
    beforeId: optionalInt(msg("callbacks.filters.errors.beforeId"), Number.MAX_SAFE_INTEGER),
    limit: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(1).max(200, msg("callbacks.filters.errors.limit")).default(50),
    ),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    path: ["to"],
    message: msg("callbacks.filters.errors.toBeforeFrom"),
  });

export type CallbackFilters = z.output<typeof callbackFiltersSchema>;
export type CallbackFiltersInput = z.input<typeof callbackFiltersSchema>;

export const verifyPayloadSchema = z.object({
  family: z.enum(["css", "trtc"], { error: msg("callbacks.verify.errors.family") }),
  // TRTC sends the SdkAppId as a header; CSS events name it in the body (appname trtc_<SdkAppId>).
  sdkAppIdHeader: z.string().trim().max(20).optional(),
  body: z
    .string()
    .min(2, msg("callbacks.verify.errors.bodyMissing"))
    .max(1024 * 1024, msg("callbacks.verify.errors.bodyTooLarge")),
  signHeader: z.string().trim().max(200).optional(),
});
export type VerifyPayloadInput = z.input<typeof verifyPayloadSchema>;
