"use server";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { cloudWrite } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import { createSubApplicationSchema } from "@/lib/schemas/sub-application";

/** Creates a VOD sub-application to store recordings in (VOD CreateSubAppId). */
export const createSubApplication = defineAction({
  name: "createSubApplication",
  role: "operator",
  schema: createSubApplicationSchema,
  handler: async (input, { audit }) => {
    const response = await cloudWrite(() => cloudClients().vod.CreateSubAppId({ Name: input.name }));
    const id = response.SubAppId ?? 0;
    await audit("vod.subapp.create", `subapp:${id}`, { name: input.name });
    return ok({ id, name: input.name });
  },
});
