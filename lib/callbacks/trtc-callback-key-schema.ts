import { z } from "zod";

/** Which application's TRTC callback key an admin generates or rotates (the card names it, not the cookie). */
export const trtcCallbackKeyTargetSchema = z.object({
  // An SdkAppId is a uint32 (TRTC's API types it UInt64 but issues 14xxxxxxxx ids).
  sdkAppId: z
    .number({ error: "sdkAppId must be an application's SdkAppId." })
    .int("sdkAppId must be a whole number such as 1400000123.")
    .positive("sdkAppId must be a positive number such as 1400000123.")
    .max(4_294_967_295, "sdkAppId is at most 4294967295."),
});

export type TrtcCallbackKeyTarget = z.infer<typeof trtcCallbackKeyTargetSchema>;

/** What generating or rotating answers: the new key, shown this once, and until when the old one verifies. */
export interface NewTrtcCallbackKey {
  sdkAppId: number;
  key: string;
  previousKeyValidUntil: string | null;
}
