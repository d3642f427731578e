import { z } from "zod";

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const sdkAppId = z.coerce
  .number({ error: "Enter the SdkAppId, a number such as 1400000123." })
  .int("An SdkAppId is a whole number such as 1400000123.")
  .min(1, "An SdkAppId is a positive number such as 1400000123.")
  .max(4_294_967_295, "An SdkAppId fits in 32 bits (at most 4294967295).");

export const createApplicationSchema = z.object({
  sdkAppId,
  name: z.string().trim().min(1, "Enter a name.").max(100, "A name has at most 100 characters."),
  pushDomain: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "A push domain is a host name such as 1400000123.livepush.myqcloud.com.")
      .optional(),
  ),
  defaultVodSubAppId: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "A VOD sub-application id is a number." })
      .int()
      .positive("A VOD sub-application id is a positive number.")
      .optional(),
  ),
  sdkSecretKey: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(
        /^[A-Za-z0-9]{16,128}$/,
        "The SDK secret key is the app's key from the TRTC console: 16–128 letters and digits.",
      )
      .optional(),
  ),
});
export type CreateApplicationInput = z.input<typeof createApplicationSchema>;

export const selectApplicationSchema = z.object({ sdkAppId });
