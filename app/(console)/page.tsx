import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { ChecklistCard } from "@/components/overview/checklist-card";
import { CloudStatusCard } from "@/components/overview/cloud-status-card";
import { NeedsAttentionCard } from "@/components/overview/needs-attention-card";
import { ReadinessCard } from "@/components/overview/readiness-card";
import { ReadinessCardSkeleton } from "@/components/overview/readiness-card-skeleton";
import { ReadinessNotShown } from "@/components/overview/readiness-not-shown";
import { RecentRecordingsCard } from "@/components/overview/recent-recordings-card";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getCloudStatus } from "@/lib/data/overview/cloud-status";
import { getOverviewData } from "@/lib/data/overview/overview-data";
import { getDb } from "@/lib/db";
import { readinessForOverview } from "@/lib/readiness/current-application-readiness";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  // Layouts and pages render in parallel: the layout's check does not stop this page's reads.
  const user = await requirePageUser("viewer");
  const db = await getDb();
  const application = await getCurrentApplication(db);
  // The readiness check names the account's CAM resources: operators and admins only.
  const readiness = hasRole(user.role, "operator") ? readinessForOverview() : null;
  const [status, data] = await Promise.all([getCloudStatus(application.sdkAppId), getOverviewData(db, application)]);
  const t = await getTranslations("overview");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <ChecklistCard items={data.checklist} appName={application.name} />
        <RecentRecordingsCard recordings={data.recentRecordings} />
        <NeedsAttentionCard findings={data.openFindings} readiness={readiness} />
        <CloudStatusCard status={status} application={application} />
        {readiness ? (
          <Suspense fallback={<ReadinessCardSkeleton />}>
            <ReadinessCard result={readiness} />
          </Suspense>
        ) : (
          <ReadinessNotShown />
        )}
      </div>
    </>
  );
}
