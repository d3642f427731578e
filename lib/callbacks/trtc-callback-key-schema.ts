import { z } from "zod";
import { msg } from "@/lib/i18n/message";

/** Which application's TRTC callback key an admin generates or rotates (the card names it, not the cookie). */
export const trtcCallbackKeyTargetSchema = z.object({
  // An SdkAppId is a uint32 (TRTC's API types it UInt64 but issues 14xxxxxxxx ids).
  sdkAppId: z
    .number({ error: msg("settings.errors.sdkAppId") })
    .int(msg("settings.errors.sdkAppIdWhole"))
    .positive(msg("settings.errors.sdkAppIdPositive"))
    .max(4_294_967_295, msg("settings.errors.sdkAppIdMax")),
});

export type TrtcCallbackKeyTarget = z.infer<typeof trtcCallbackKeyTargetSchema>;

/** What generating or rotating answers: the new key, shown this once, and until when the old one verifies. */
export interface NewTrtcCallbackKey {
  sdkAppId: number;
  key: string;
  previousKeyValidUntil: string | null;
}
