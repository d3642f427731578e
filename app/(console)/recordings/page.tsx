import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { RecordingsClient } from "@/components/recordings/recordings-client";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { listSubApplications } from "@/lib/data/settings/sub-applications";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recordings.page"))("title") };
}
export const dynamic = "force-dynamic";

export default async function RecordingsPage() {
  const user = await requirePageUser("viewer");
  // The sub-application choice is a convenience: the library works without it (the main app).
  const subApplications = await listSubApplications().catch(() => []);
  const t = await getTranslations("recordings.page");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Suspense>
        <RecordingsClient canDelete={hasRole(user.role, "operator")} subApplications={subApplications} />
      </Suspense>
    </>
  );
}
