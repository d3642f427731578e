import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CloudStatusCard } from "@/components/overview/cloud-status-card";
import { getCurrentApplication } from "@/lib/applications/current-application";
import { getCloudStatus } from "@/lib/data/cloud-status";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Overview" };
export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const application = await getCurrentApplication(await getDb());
  const status = await getCloudStatus(application.sdkAppId);
  return (
    <>
      <PageHeader title="Overview" description="Which cloud this console manages, and whether it answers." />
      <CloudStatusCard status={status} application={application} />
    </>
  );
}
