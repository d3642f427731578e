import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CostCalculator } from "@/components/costs/cost-calculator";
import { GuideExamplesSection } from "@/components/costs/guide-examples-section";
import { PageHeader } from "@/components/layout/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCalculatorPrices } from "@/lib/data/costs/calculator-prices";
import { getDb } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("costs.pages.costs");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function CostsPage() {
  await requirePageUser("viewer");
  const [priceBooks, t] = await Promise.all([getCalculatorPrices(await getDb()), getTranslations("costs.pages.costs")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <p className="mb-4 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <Link href="/costs/usage" className="text-primary underline-offset-4 hover:underline">
          {t("usageLink")}
        </Link>
        <Link href="/costs/prices" className="text-primary underline-offset-4 hover:underline">
          {t("pricesLink")}
        </Link>
      </p>
      <div className="flex flex-col gap-4">
        <CostCalculator priceBooks={priceBooks} />
        <GuideExamplesSection prices={priceBooks.CNY} />
      </div>
    </>
  );
}
