import { z } from "zod";

/** Which application's TRTC callback key an admin generates or rotates (the card names it, not the cookie). */
export const trtcCallbackKeyTargetSchema = z.object({
  sdkAppId: z.number({ error: "sdkAppId must be an application's SdkAppId." }).int().positive(),
});

export type TrtcCallbackKeyTarget = z.infer<typeof trtcCallbackKeyTargetSchema>;

/** What generating or rotating answers: the new key, shown this once, and until when the old one verifies. */
export interface NewTrtcCallbackKey {
  sdkAppId: number;
  key: string;
  previousKeyValidUntil: string | null;
}
