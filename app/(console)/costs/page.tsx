import type { Metadata } from "next";
import Link from "next/link";
import { CostCalculator } from "@/components/costs/cost-calculator";
import { PageHeader } from "@/components/layout/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCalculatorPrices } from "@/lib/data/costs/calculator-prices";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Costs" };
export const dynamic = "force-dynamic";

export default async function CostsPage() {
  await requirePageUser("viewer");
  const priceBooks = await getCalculatorPrices(await getDb());
  return (
    <>
      <PageHeader
        title="Costs"
        description="Estimate what recording, storage, playback and mix transcoding cost. List prices come from the price book; a contract overrides them."
      />
      <p className="mb-4 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <Link href="/costs/usage" className="text-primary underline-offset-4 hover:underline">
          Actual and projected cost: usage per day, this month so far →
        </Link>
        <Link href="/costs/prices" className="text-primary underline-offset-4 hover:underline">
          Price book: sources, dates and unconfirmed prices →
        </Link>
      </p>
      <CostCalculator priceBooks={priceBooks} />
    </>
  );
}
