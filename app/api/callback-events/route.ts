import { withRole } from "@/lib/api/with-role";
import { listCallbackEvents } from "@/lib/data/callbacks/list-callback-events";
import { getDb } from "@/lib/db";
import { callbackFiltersSchema } from "@/lib/schemas/callback-filters";

export const dynamic = "force-dynamic";

/** The callback inbox, for the /callbacks page (which polls it). */
export const GET = withRole("viewer", async (request) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = callbackFiltersSchema.safeParse(query);
  if (!filters.success) {
    const message = filters.error.issues.map((issue) => issue.message).join(" ");
    return Response.json({ error: { code: "VALIDATION", message } }, { status: 400 });
  }
  return Response.json(await listCallbackEvents(await getDb(), filters.data));
});
