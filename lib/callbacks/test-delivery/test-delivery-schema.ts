import { z } from "zod";

/** Which callback to test; the URL and key are the configured ones, never the caller's. */
export const testCallbackSchema = z.strictObject({ kind: z.enum(["css", "trtc"]) });
export type TestCallbackInput = z.input<typeof testCallbackSchema>;
