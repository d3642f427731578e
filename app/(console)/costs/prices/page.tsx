import type { Metadata } from "next";
import { PriceBookTable } from "@/components/costs/price-book-table";
import { PageHeader } from "@/components/layout/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getPriceBook } from "@/lib/costs/price-book";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Price book" };
export const dynamic = "force-dynamic";

export default async function PricesPage() {
  const user = await requirePageUser("viewer");
  const db = await getDb();
  const [cny, usd] = await Promise.all([getPriceBook(db, "CNY"), getPriceBook(db, "USD")]);
  const canEdit = hasRole(user.role, "admin");
  return (
    <>
      <PageHeader
        title="Price book"
        description="List prices from Tencent's documentation, each with its source and date. UNCONFIRMED prices could not be read from Tencent's own page: check them before relying on them."
      />
      <div className="flex flex-col gap-6">
        <PriceBookTable title="CNY" entries={cny} canEdit={canEdit} />
        <PriceBookTable title="USD" entries={usd} canEdit={canEdit} />
      </div>
    </>
  );
}
