import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PriceBookNav } from "@/components/costs/price-book-nav";
import { PriceBookSection } from "@/components/costs/price-book-section";
import { PageHeader } from "@/components/layout/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getPriceBook } from "@/lib/data/costs/price-book";
import { groupPrices } from "@/lib/costs/price-groups";
import { getDb } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("costs.pages.prices");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function PricesPage() {
  const user = await requirePageUser("viewer");
  const db = await getDb();
  const [cny, usd] = await Promise.all([getPriceBook(db, "CNY"), getPriceBook(db, "USD")]);
  const t = await getTranslations("costs.pages.prices");
  const sections = groupPrices([...cny, ...usd]);
  const canEdit = hasRole(user.role, "admin");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <PriceBookNav sections={sections} />
      <div className="flex flex-col gap-6">
        {sections.map((section) => (
          <PriceBookSection key={section.group} section={section} canEdit={canEdit} />
        ))}
      </div>
    </>
  );
}
