import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplicationsTable } from "@/components/applications/applications-table";
import { CreateApplicationForm } from "@/components/applications/create-application-form";
import { EditApplicationForm } from "@/components/applications/edit-application-form";
import { PageHeader } from "@/components/layout/page-header";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { findPushDomain } from "@/lib/data/applications/find-push-domain";
import { listApplications } from "@/lib/data/applications/list-applications";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.page");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

export default async function ApplicationsPage(props: { searchParams: Promise<{ edit?: string }> }) {
  await requirePageUser("admin");
  const db = await getDb();
  const [applications, current, pushDomains, { edit }] = await Promise.all([
    listApplications(db),
    getCurrentApplication(db),
    findPushDomain(),
    props.searchParams,
  ]);
  const t = await getTranslations("applications.page");
  const editing = applications.find((application) => String(application.sdkAppId) === edit);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex flex-col gap-6">
        {editing ? (
          <EditApplicationForm key={editing.sdkAppId} application={editing} pushDomains={pushDomains} />
        ) : (
          <CreateApplicationForm pushDomains={pushDomains} />
        )}
        <ApplicationsTable applications={applications} currentSdkAppId={current.sdkAppId} />
      </div>
    </>
  );
}
