"use server";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { createSubAppId } from "@/lib/cloud/vod/create-sub-app-id";
import { createSubApplicationSchema } from "@/lib/schemas/sub-application";

/** Creates a VOD sub-application to store recordings in (VOD CreateSubAppId). */
export const createSubApplication = defineAction({
  name: "createSubApplication",
  role: "operator",
  schema: createSubApplicationSchema,
  handler: async (input, { audit }) => {
    const id = await createSubAppId(input.name);
    await audit("vod.subapp.create", `subapp:${id}`, { name: input.name });
    return ok({ id, name: input.name });
  },
});
