import { getLocale } from "next-intl/server";
import { z } from "zod";
import { errorResponse } from "@/lib/api/error-response";
import { withRole } from "@/lib/api/with-role";
import { listCallbackEvents } from "@/lib/data/callbacks/list-callback-events";
import { getDb } from "@/lib/db";
import { messageText } from "@/lib/i18n/message-text";
import { callbackFiltersSchema } from "@/lib/schemas/callback-filters";

export const dynamic = "force-dynamic";

/** The callback inbox, for the /callbacks page (which polls it). */
export const GET = withRole("viewer", async (request) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = callbackFiltersSchema.safeParse(query);
  if (!filters.success) {
    // Every bad value is named, each sentence in the requester's language; errorResponse words the field errors.
    const locale = await getLocale();
    const message = filters.error.issues.map((issue) => messageText(issue.message, locale)).join(" ");
    const { fieldErrors } = z.flattenError(filters.error);
    return errorResponse({ code: "VALIDATION", message, fieldErrors }, 400);
  }
  return Response.json(await listCallbackEvents(await getDb(), filters.data));
});
