"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { createApplication as insertApplication } from "@/lib/actions/applications/create-application-row";
import { createApplicationSchema } from "@/lib/schemas/application";
import { pushDomainFor } from "./push-domain-for";

/**
 * Registers a TRTC application the console manages (admin only), with its recording generation
 * and the account's push domain (found with DescribeLiveDomains when the admin left it empty).
 */
export const createApplication = defineAction({
  name: "createApplication",
  role: "admin",
  schema: createApplicationSchema,
  handler: async (input, { db, audit }) => {
    const domain = await pushDomainFor(input.pushDomain, input.generation);
    if (!domain.ok)
      return fail({ code: "VALIDATION", message: domain.message, fieldErrors: { pushDomain: [domain.message] } });
    const result = await insertApplication(db, { ...input, pushDomain: domain.pushDomain });
    if (!result.ok)
      return fail({ code: "CONFLICT", message: result.message, fieldErrors: { sdkAppId: [result.message] } });
    // Never the SDK secret key in the audit log: only whether one was given.
    await audit("application.create", `application:${input.sdkAppId}`, {
      name: input.name,
      generation: input.generation,
      pushDomain: domain.pushDomain,
      hasSdkSecretKey: Boolean(input.sdkSecretKey),
    });
    revalidatePath("/", "layout");
    return ok({ sdkAppId: input.sdkAppId, pushDomain: domain.pushDomain });
  },
});
