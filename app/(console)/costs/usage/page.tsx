import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { UsageCostsClient } from "@/components/costs/usage/usage-costs-client";
import { PageHeader } from "@/components/layout/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { billingToday } from "@/lib/costs/billing-date";
import { prefetchUsagePage } from "@/lib/data/costs/usage-costs";
import { parseUsageSearch } from "@/lib/schemas/usage-range";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("costs.pages.usage");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function UsageCostsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageUser("viewer");
  const today = billingToday();
  const parsed = parseUsageSearch(await props.searchParams, today);
  const state = await prefetchUsagePage(parsed.ok ? parsed.search.range : null, today);
  const t = await getTranslations("costs.pages.usage");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <p className="mb-4 text-sm">
        <Link href="/costs" className="text-primary underline-offset-4 hover:underline">
          {t("calculatorLink")}
        </Link>{" "}
        ·{" "}
        <Link href="/costs/prices" className="text-primary underline-offset-4 hover:underline">
          {t("pricesLink")}
        </Link>
      </p>
      <HydrationBoundary state={state}>
        <Suspense>
          <UsageCostsClient today={today} />
        </Suspense>
      </HydrationBoundary>
    </>
  );
}
