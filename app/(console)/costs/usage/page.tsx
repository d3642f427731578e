import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { UsageCostsClient } from "@/components/costs/usage/usage-costs-client";
import { PageHeader } from "@/components/layout/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { billingToday } from "@/lib/costs/billing-date";
import { prefetchUsagePage } from "@/lib/data/costs/usage-costs";
import { parseUsageSearch } from "@/lib/schemas/usage-range";

export const metadata: Metadata = { title: "Actual and projected cost" };
export const dynamic = "force-dynamic";

export default async function UsageCostsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageUser("viewer");
  const today = billingToday();
  const parsed = parseUsageSearch(await props.searchParams, today);
  const state = await prefetchUsagePage(parsed.ok ? parsed.search.range : null, today);
  return (
    <>
      <PageHeader
        title="Actual and projected cost"
        description="What recording, storage, playback and mix transcoding cost per day, from the cloud's usage APIs, and where this month is heading."
      />
      <p className="mb-4 text-sm">
        <Link href="/costs" className="text-primary underline-offset-4 hover:underline">
          ← Calculator
        </Link>{" "}
        ·{" "}
        <Link href="/costs/prices" className="text-primary underline-offset-4 hover:underline">
          Price book
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
