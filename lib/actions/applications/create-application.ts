"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { createApplication as insertApplication } from "@/lib/applications/create-application";
import { createApplicationSchema } from "@/lib/schemas/application";

/** Registers a TRTC application the console manages (admin only). */
export const createApplication = defineAction({
  name: "createApplication",
  role: "admin",
  schema: createApplicationSchema,
  handler: async (input, { db, audit }) => {
    const result = await insertApplication(db, input);
    if (!result.ok)
      return fail({ code: "CONFLICT", message: result.message, fieldErrors: { sdkAppId: [result.message] } });
    // Never the SDK secret key in the audit log: only whether one was given.
    await audit("application.create", `application:${input.sdkAppId}`, {
      name: input.name,
      hasSdkSecretKey: Boolean(input.sdkSecretKey),
    });
    revalidatePath("/", "layout");
    return ok({ sdkAppId: input.sdkAppId });
  },
});
