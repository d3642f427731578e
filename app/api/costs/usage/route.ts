import { errorResponse } from "@/lib/api/error-response";
import { withRole } from "@/lib/api/with-role";
import { billingToday } from "@/lib/costs/billing-date";
import { getUsageReport } from "@/lib/data/costs/usage-costs";
import { parseUsageSearch } from "@/lib/schemas/usage-range";

export const dynamic = "force-dynamic";

/** Cost per day of a range (`from`, `to`: YYYY-MM-DD, ≤ 31 days) and this month's projection. */
export const GET = withRole("viewer", async (request) => {
  const today = billingToday();
  const parsed = parseUsageSearch(new URL(request.url).searchParams, today);
  if (!parsed.ok) {
    return errorResponse({ code: "VALIDATION", message: parsed.message, fieldErrors: parsed.fieldErrors }, 400);
  }
  const { from, to } = parsed.search.range;
  return Response.json(await getUsageReport(from, to, today));
});
