import type { Metadata } from "next";
import { PriceBookNav } from "@/components/costs/price-book-nav";
import { PriceBookSection } from "@/components/costs/price-book-section";
import { PageHeader } from "@/components/layout/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getPriceBook } from "@/lib/data/costs/price-book";
import { groupPrices } from "@/lib/costs/price-groups";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Price book" };
export const dynamic = "force-dynamic";

export default async function PricesPage() {
  const user = await requirePageUser("viewer");
  const db = await getDb();
  const [cny, usd] = await Promise.all([getPriceBook(db, "CNY"), getPriceBook(db, "USD")]);
  const sections = groupPrices([...cny, ...usd]);
  const canEdit = hasRole(user.role, "admin");
  return (
    <>
      <PageHeader
        title="Price book"
        description="List prices from Tencent's documentation by what they bill, each with its source and date. UNCONFIRMED prices could not be read from Tencent's own page: check them before relying on them. Where Tencent lists no price, enter your contract's."
      />
      <PriceBookNav sections={sections} />
      <div className="flex flex-col gap-6">
        {sections.map((section) => (
          <PriceBookSection key={section.group} section={section} canEdit={canEdit} />
        ))}
      </div>
    </>
  );
}
