import { z } from "zod";
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
  .number({ error: "Enter the SdkAppId, a number such as 1400000123." })
  .int("An SdkAppId is a whole number such as 1400000123.")
  .min(1, "An SdkAppId is a positive number such as 1400000123.")
  .max(4_294_967_295, "An SdkAppId fits in 32 bits (at most 4294967295).");

const generation = z.enum(RECORDING_GENERATIONS, {
  error: `Choose the app's recording: cloud recording if it was created on or after ${CLOUD_RECORDING_LAUNCH}, legacy before.`,
});

const name = z.string().trim().min(1, "Enter a name.").max(100, "A name has at most 100 characters.");

/** A push domain as an admin types it; "" = find it with DescribeLiveDomains. */
export const pushDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/,
    "A push domain is a host name such as 12345.livepush.myqcloud.com (your bizid, not the SdkAppId).",
  );

const optionalSubAppId = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ error: "A VOD sub-application id is a number." })
    .int()
    .positive("A VOD sub-application id is a positive number.")
    .optional(),
);

const sdkSecretKey = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9]{16,128}$/,
      "The SDK secret key is the app's key from the TRTC console: 16–128 letters and digits.",
    )
    .optional(),
);

/** Key hotlink protection's KEY (VOD doc 266/14047): 8–20 letters and digits. */
const hotlinkKey = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{8,20}$/, "The Key hotlink key is 8–20 letters and digits, as set in VOD's console.")
    .optional(),
);

/** A checkbox as a form or FormData gives it ("on" when ticked, nothing when not); anything else is refused. */
const checkbox = z.preprocess(
  (value) => {
    if (value === "on" || value === "true") return true;
    if (value === undefined || value === "" || value === "false") return false;
    return value;
  },
  z.boolean({ error: "Tick the box or leave it empty." }),
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
