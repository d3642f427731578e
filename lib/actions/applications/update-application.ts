"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { msg } from "@/lib/i18n/message";
import { updateApplication as writeApplication } from "@/lib/actions/applications/update-application-row";
import { updateApplicationSchema } from "@/lib/schemas/application";
import { pushDomainFor } from "./push-domain-for";

/**
 * An admin's edit of an application: name, recording generation, push domain, VOD settings and
 * the media domain's https and Key hotlink key. An empty key keeps the stored one.
 */
export const updateApplication = defineAction({
  name: "updateApplication",
  role: "admin",
  schema: updateApplicationSchema,
  handler: async (input, { db, audit }) => {
    const domain = await pushDomainFor(input.pushDomain, input.generation);
    if (!domain.ok)
      return fail({ code: "VALIDATION", message: domain.message, fieldErrors: { pushDomain: [domain.message] } });
    const changed = await writeApplication(db, input.sdkAppId, {
      name: input.name,
      generation: input.generation,
      pushDomain: domain.pushDomain,
      defaultVodSubAppId: input.defaultVodSubAppId ?? null,
      mediaDomainHttps: input.mediaDomainHttps,
      mediaHotlinkKey: input.clearMediaHotlinkKey ? null : input.mediaHotlinkKey,
    });
    if (!changed)
      return fail({
        code: "NOT_FOUND",
        message: msg("applications.errors.notRegistered", { sdkAppId: String(input.sdkAppId) }),
      });
    // Field names only: a key's value never reaches the audit log.
    await audit("application.update", `application:${input.sdkAppId}`, { changed });
    revalidatePath("/", "layout");
    return ok({ sdkAppId: input.sdkAppId, changed });
  },
});
