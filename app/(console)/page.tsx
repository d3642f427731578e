import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { CloudStatusCard } from "@/components/overview/cloud-status-card";
import { ReadinessCard } from "@/components/overview/readiness-card";
import { ReadinessCardSkeleton } from "@/components/overview/readiness-card-skeleton";
import { ReadinessNotShown } from "@/components/overview/readiness-not-shown";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getCloudStatus } from "@/lib/data/overview/cloud-status";
import { getDb } from "@/lib/db";
import { readinessForOverview } from "@/lib/readiness/current-application-readiness";

export const metadata: Metadata = { title: "Overview" };
export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  // Layouts and pages render in parallel: the layout's check does not stop this page's reads.
  const user = await requirePageUser("viewer");
  const application = await getCurrentApplication(await getDb());
  // The readiness check names the account's CAM resources: operators and admins only.
  const readiness = hasRole(user.role, "operator") ? readinessForOverview() : null;
  const status = await getCloudStatus(application.sdkAppId);
  return (
    <>
      <PageHeader
        title="Overview"
        description="Which cloud this console manages, whether it answers, and whether the account is ready to record."
      />
      <div className="space-y-6">
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
