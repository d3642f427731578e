"use server";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import type { TestDeliveryResult } from "@/lib/callbacks/test-delivery/post-sample";
import { sendTestDelivery } from "@/lib/callbacks/test-delivery/send-test-delivery";
import { testCallbackSchema } from "@/lib/callbacks/test-delivery/test-delivery-schema";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { publicOrigin } from "@/lib/http/public-origin";

/**
 * Sends the current application's configured receiver a signed sample event, as Tencent would,
 * and returns what it answered. Through the local cloud the cloud itself sends it (its URL, key
 * and signing); Tencent has no API that sends a test callback (neither CSS nor TRTC), so with a
 * real account the console signs the sample itself, with the key the receiver verifies with.
 */
export const sendTestCallback = defineAction({
  name: "sendTestCallback",
  role: "operator",
  schema: testCallbackSchema,
  handler: async (input, { db, audit }) => {
    const application = await getCurrentApplication(db);
    const origin = await publicOrigin();
    const sent = await sendTestDelivery(db, { kind: input.kind, sdkAppId: application.sdkAppId, origin });
    if (!sent.ok) return fail({ code: "CONFLICT", message: sent.problem });
    const answer = sent.result;
    // The URL is configuration, not a secret; the key and the body's signature are not recorded.
    await audit("callbacks.test", String(application.sdkAppId), {
      kind: input.kind,
      url: answer.url,
      sentBy: answer.sentBy,
      status: answer.isAnswered ? answer.status : null,
    });
    return ok<TestDeliveryResult>(answer);
  },
});
