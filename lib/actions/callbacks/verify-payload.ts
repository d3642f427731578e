"use server";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { isRecord, verifyDelivery } from "@/lib/callbacks/receive-callback";
import { verifyPayloadSchema } from "@/lib/schemas/callback-filters";

export interface PayloadVerdict {
  valid: boolean;
  /** Why it does not verify; null when it does. Never the expected signature: that would let anyone forge one. */
  problem: string | null;
  sdkAppId: number | null;
  eventType: number | null;
}

/** The inbox's verification tool: would the receiver accept this body and these signature fields now? */
export const verifyCallbackPayload = defineAction({
  name: "verifyCallbackPayload",
  role: "viewer",
  schema: verifyPayloadSchema,
  handler: async (input, { db }) => {
    let payload: unknown;
    try {
      payload = JSON.parse(input.body);
    } catch {
      payload = undefined;
    }
    if (!isRecord(payload)) {
      return fail({
        code: "VALIDATION",
        message: "The body is not a JSON object.",
        fieldErrors: { body: ["Paste the body exactly as it was sent: a JSON object."] },
      });
    }
    const { summary, check } = await verifyDelivery(db, input.family, payload, Buffer.from(input.body, "utf8"), {
      sign: input.signHeader ?? null,
      sdkAppId: input.sdkAppIdHeader ?? null,
      nowSeconds: Math.floor(Date.now() / 1000),
    });
    return ok<PayloadVerdict>({
      valid: check.valid,
      problem: check.valid ? null : check.problem,
      sdkAppId: summary.sdkAppId,
      eventType: summary.eventType,
    });
  },
});
