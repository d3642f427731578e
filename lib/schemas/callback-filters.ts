import { z } from "zod";

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
    eventType: optionalInt("eventType must be an event number such as 100 or 311.", 999),
    sdkAppId: optionalInt("sdkAppId must be a number such as 1400000123.", 4_294_967_295),
    streamId: z.preprocess(
      emptyToUndefined,
      z.string().trim().max(200, "streamId has at most 200 characters.").optional(),
    ),
    signature: z.preprocess(
      emptyToUndefined,
      z.enum(["valid", "invalid"], { error: "signature is valid or invalid." }).optional(),
    ),
    from: optionalDate("from must be a date and time."),
    to: optionalDate("to must be a date and time."),
    beforeId: optionalInt("beforeId must be an event id.", Number.MAX_SAFE_INTEGER),
    limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200, "limit is at most 200.").default(50)),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    path: ["to"],
    message: "to must not be before from.",
  });

export type CallbackFilters = z.output<typeof callbackFiltersSchema>;
export type CallbackFiltersInput = z.input<typeof callbackFiltersSchema>;

export const verifyPayloadSchema = z.object({
  family: z.enum(["css", "trtc"], { error: "Choose CSS (events 100/332) or TRTC (events 301–312)." }),
  // TRTC sends the SdkAppId as a header; CSS events name it in the body (appname trtc_<SdkAppId>).
  sdkAppIdHeader: z.string().trim().max(20).optional(),
  body: z
    .string()
    .min(2, "Paste the callback body.")
    .max(1024 * 1024, "A callback body has at most 1 MB."),
  signHeader: z.string().trim().max(200).optional(),
});
export type VerifyPayloadInput = z.input<typeof verifyPayloadSchema>;
