import type { Metadata } from "next";
import { ApplicationsTable } from "@/components/applications/applications-table";
import { CreateApplicationForm } from "@/components/applications/create-application-form";
import { PageHeader } from "@/components/layout/page-header";
import { getCurrentApplication } from "@/lib/applications/current-application";
import { listApplications } from "@/lib/applications/list-applications";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Applications" };
export const dynamic = "force-dynamic";

export default async function ApplicationsPage() {
  await requirePageUser("admin");
  const db = await getDb();
  const [applications, current] = await Promise.all([listApplications(db), getCurrentApplication(db)]);
  return (
    <>
      <PageHeader
        title="Applications"
        description="The TRTC applications this console manages. Pick the one to work on in the sidebar; every page follows it."
      />
      <div className="flex flex-col gap-6">
        <CreateApplicationForm />
        <ApplicationsTable applications={applications} currentSdkAppId={current.sdkAppId} />
      </div>
    </>
  );
}
