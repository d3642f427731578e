"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { UsageReport } from "@/lib/costs/usage-report";
import { usageCostsQueryOptions } from "@/lib/queries/usage-costs";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { parseUsageSearch, usageRangePresets, usageSearchQuery, type UsageSearch } from "@/lib/schemas/usage-range";
import { LazyUsageChart } from "./lazy-usage-chart";
import { MonthSummary } from "./month-summary";
import { UsageDayTable } from "./usage-day-table";
import { UnpricedUsageList, UsageBreakdown, UsageFailures } from "./usage-notes";
import { UsageRangeForm } from "./usage-range-form";
import { UsageSkeleton } from "./usage-skeleton";

function UsageBody({ report, search }: { report: UsageReport; search: UsageSearch }) {
  const t = useTranslations("costs.usage");
  const storageWhere =
    report.storageSubAppId === null ? t("mainVodApp") : t("vodSubApp", { id: String(report.storageSubAppId) });
  const currencyReport = report.byCurrency[search.currency];
  const { days, currency } = currencyReport.costs;
  const hasUsage = days.some((day) => day.total > 0) || currencyReport.unpricedText.length > 0;
  return (
    <div className="flex flex-col gap-4">
      <UsageFailures failures={report.failures} />
      <MonthSummary report={report} currencyReport={currencyReport} />
      <Card aria-labelledby="usage-days-title">
        <CardHeader>
          <CardTitle id="usage-days-title">
            {t("daysTitle", { from: report.range.from, to: report.range.to })}
          </CardTitle>
          <CardDescription>{t("daysDescription", { where: storageWhere })}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {hasUsage ? (
            <LazyUsageChart days={days} currency={currency} />
          ) : (
            <p className="rounded-md bg-muted px-4 py-6 text-center text-sm" data-testid="usage-empty">
              {t("empty")}
            </p>
          )}
          <UsageDayTable days={days} currency={currency} />
        </CardContent>
      </Card>
      <UsageBreakdown currencyReport={currencyReport} />
      <UnpricedUsageList texts={currencyReport.unpricedText} />
    </div>
  );
}

/**
 * The usage page: range and currency from the URL (shared parser with the route), the report
 * from TanStack Query (prefetched on the server under the same key). `today` comes from the
 * server, so that both sides default to the same range.
 */
export function UsageCostsClient({ today }: { today: string }) {
  const t = useTranslations("costs.usage");
  const messageText = useMessageText();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const parsed = parseUsageSearch(searchParams, today);
  const fallback: UsageSearch = {
    range: usageRangePresets(today)[0]?.range ?? { from: today, to: today },
    currency: "CNY",
  };
  const search = parsed.ok ? parsed.search : fallback;
  const report = useQuery({ ...usageCostsQueryOptions(search.range), enabled: parsed.ok });

  function navigate(next: UsageSearch) {
    const query = usageSearchQuery(next, today);
    router.replace(query ? `${pathname}?${query}` : pathname);
  }

  const initial = {
    from: searchParams.get("from") ?? search.range.from,
    to: searchParams.get("to") ?? search.range.to,
    currency: search.currency,
  };
  return (
    <div className="flex flex-col gap-4">
      <UsageRangeForm
        key={searchParams.toString()}
        initial={initial}
        initialErrors={parsed.ok ? {} : parsed.fieldErrors}
        today={today}
        isFetching={report.isFetching || !parsed.ok}
        onChange={navigate}
        onRefresh={() => void report.refetch()}
      />
      {!parsed.ok ? (
        <Alert variant="destructive">{messageText(parsed.message)}</Alert>
      ) : report.isPending ? (
        <UsageSkeleton />
      ) : report.isError ? (
        <Alert variant="destructive" className="flex flex-wrap items-center justify-between gap-2">
          <span>{t("readFailed", { message: messageText(report.error.message) })}</span>
          <Button variant="outline" size="sm" onClick={() => void report.refetch()}>
            {t("tryAgain")}
          </Button>
        </Alert>
      ) : (
        <div aria-busy={report.isPlaceholderData} className={report.isPlaceholderData ? "opacity-60" : undefined}>
          <UsageBody report={report.data} search={search} />
        </div>
      )}
    </div>
  );
}
