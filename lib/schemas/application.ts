import { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { CLOUD_RECORDING_LAUNCH, RECORDING_GENERATIONS } from "./application-constants";

// Re-exported for the server; client components import them from ./application-constants, which
// has no zod (a module imported for a constant is bundled whole, zod with it).
export {
  CLOUD_RECORDING_LAUNCH,
  RECORDING_GENERATION_LABELS,
  RECORDING_GENERATIONS,
  TENCENT_LINKS,
  type RecordingGeneration,
} from "./application-constants";

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const sdkAppId = z.coerce
  .number({ error: msg("applications.errors.sdkAppIdRequired") })
  .int(msg("applications.errors.sdkAppIdWhole"))
  .min(1, msg("applications.errors.sdkAppIdPositive"))
  .max(4_294_967_295, msg("applications.errors.sdkAppIdTooLarge"));

const generation = z.enum(RECORDING_GENERATIONS, {
  error: msg("applications.errors.generation", { launch: CLOUD_RECORDING_LAUNCH }),
});

const name = z
  .string()
  .trim()
  .min(1, msg("applications.errors.nameEmpty"))
  .max(100, msg("applications.errors.nameTooLong"));

/** A push domain as an admin types it; "" = find it with DescribeLiveDomains. */
export const pushDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/, msg("applications.errors.pushDomain"));

const optionalSubAppId = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ error: msg("applications.errors.subAppIdNumber") })
    .int()
    .positive(msg("applications.errors.subAppIdPositive"))
    .optional(),
);

const sdkSecretKey = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{16,128}$/, msg("applications.errors.sdkSecretKey"))
    .optional(),
);

/** Key hotlink protection's KEY (VOD doc 266/14047): 8–20 letters and digits. */
const hotlinkKey = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{8,20}$/, msg("applications.errors.hotlinkKey"))
    .optional(),
);

/** A checkbox as a form or FormData gives it ("on" when ticked, nothing when not); anything else is refused. */
const checkbox = z.preprocess(
  (value) => {
    if (value === "on" || value === "true") return true;
    if (value === undefined || value === "" || value === "false") return false;
    return value;
  },
  z.boolean({ error: msg("applications.errors.checkbox") }),
);

export const createApplicationSchema = z.object({
  sdkAppId,
  name,
  generation,
  /** Empty: the console looks it up (DescribeLiveDomains) and asks when it cannot tell. */
  pushDomain: z.preprocess(emptyToUndefined, pushDomainSchema.optional()),
  defaultVodSubAppId: optionalSubAppId,
  sdkSecretKey,
});
export type CreateApplicationInput = z.input<typeof createApplicationSchema>;

export const selectApplicationSchema = z.object({ sdkAppId });

/**
 * An admin's edit of an application. Secrets are never sent back to the browser: an empty key
 * keeps the stored one, unless `clearMediaHotlinkKey` says to remove it.
 */
export const updateApplicationSchema = z.object({
  sdkAppId,
  name,
  generation,
  pushDomain: z.preprocess(emptyToUndefined, pushDomainSchema.optional()),
  defaultVodSubAppId: optionalSubAppId,
  mediaDomainHttps: checkbox,
  mediaHotlinkKey: hotlinkKey,
  clearMediaHotlinkKey: checkbox,
});
export type UpdateApplicationInput = z.input<typeof updateApplicationSchema>;
