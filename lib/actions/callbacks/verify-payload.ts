"use server";
import { defineAction } from "@/lib/actions/define-action";
import { msg } from "@/lib/i18n/message";
import { fail, ok } from "@/lib/actions/result";
import { applicationKeyOf } from "@/lib/actions/callbacks/application-key";
import { payloadVerdict, preparePayload, type PayloadVerdict } from "@/lib/callbacks/payload-verdict";
import { verifyPayloadSchema } from "@/lib/schemas/callback-filters";

/** The inbox's verification tool: would the receiver accept this body and these signature fields now? */
export const verifyCallbackPayload = defineAction({
  name: "verifyCallbackPayload",
  role: "viewer",
  schema: verifyPayloadSchema,
  handler: async (input, { db }) => {
    const prepared = preparePayload({
      family: input.family,
      body: input.body,
      signHeader: input.signHeader || null,
      sdkAppIdHeader: input.sdkAppIdHeader || null,
    });
    if (!prepared.ok) {
      return fail({
        code: "VALIDATION",
        message: prepared.problem,
        fieldErrors: { body: [msg("callbacks.verify.errors.unreadableBody", { problem: prepared.problem })] },
      });
    }
    const now = Date.now();
    const application = await applicationKeyOf(db, input.family, prepared.summary.sdkAppId, now);
    return ok<PayloadVerdict>(payloadVerdict(prepared, application, now));
  },
});
