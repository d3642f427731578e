import "server-only";
import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import { cache } from "react";
import { getCurrentApplication, type CurrentApplication } from "@/lib/data/applications/current-application";
import { cloudClients } from "@/lib/cloud/clients";
import {
  buildUsageReport,
  isSameRange,
  monthSoFar,
  type UsageFailure,
  type UsageReport,
} from "@/lib/costs/usage-report";
import { getDb } from "@/lib/db";
import { usageCostsQueryOptions } from "@/lib/queries/usage-costs";
import type { Db } from "@/lib/db/open-database";
import type { UsageRange } from "@/lib/schemas/usage-range";
import { lastSavedSettings } from "@/lib/data/settings/settings-history";
import { getCostPrices } from "@/lib/data/costs/cost-prices";
import { readUsageCosts } from "@/lib/data/costs/read-usage-costs";

/**
 * Where the app's recordings are stored, so its storage and traffic are the ones read: the VOD
 * sub-application the recording settings store into, else the app's default, else the main app.
 */
async function storageSubAppIdOf(db: Db, application: CurrentApplication): Promise<number | null> {
  const saved = await lastSavedSettings(db, application.sdkAppId);
  return saved?.vodSubAppId ?? application.defaultVodSubAppId ?? null;
}

/**
 * The usage page's report for the current application: the range's cost per day and this month's
 * projection, priced from the price book in CNY and USD. When no usage API answers at all, the
 * first error is thrown (the page shows it); when only some fail, the report lists them.
 */
export const getUsageReport = cache(async (from: string, to: string, today: string): Promise<UsageReport> => {
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const [subAppId, prices] = await Promise.all([storageSubAppIdOf(db, application), getCostPrices()]);
  const where = { sdkAppId: application.sdkAppId, subAppId };
  const range = { from, to };
  const month = monthSoFar(today);
  const failures: UsageFailure[] = [];
  const clients = cloudClients();
  const ranged = await readUsageCosts(clients, range, where, "range", failures);
  const [firstError] = ranged.errors;
  if (firstError && ranged.errors.length === Object.keys(ranged.usage).length) throw firstError;
  // Read after the range, not alongside it: together they would pass TRTC's rate limit.
  const monthly = isSameRange(range, month) ? ranged : await readUsageCosts(clients, month, where, "month", failures);
  return buildUsageReport(
    { range, today, storageSubAppId: subAppId, rangeUsage: ranged.usage, monthUsage: monthly.usage, failures },
    prices,
  );
});

/**
 * The usage page's prefetched query, under the key the client reads (usageCostsQueryOptions). A
 * failed read is not dehydrated: the client then asks the route and shows the error.
 */
export async function prefetchUsagePage(range: UsageRange | null, today: string): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  if (range) {
    await queryClient.prefetchQuery({
      ...usageCostsQueryOptions(range),
      queryFn: () => getUsageReport(range.from, range.to, today),
    });
  }
  return dehydrate(queryClient);
}
