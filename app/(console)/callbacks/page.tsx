import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CallbackEndpoints } from "@/components/callbacks/callback-endpoints";
import { CallbackInbox } from "@/components/callbacks/callback-inbox";
import { InboxRetentionCard } from "@/components/callbacks/inbox-retention-card";
import { VerifyPayloadForm } from "@/components/callbacks/verify-payload-form";
import { PageHeader } from "@/components/layout/page-header";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { listApplications } from "@/lib/data/applications/list-applications";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getInboxRetention } from "@/lib/data/callbacks/inbox-retention";
import { getDb } from "@/lib/db";
import { publicOrigin } from "@/lib/http/public-origin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("callbacks.page");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function CallbacksPage() {
  const user = await requirePageUser("viewer");
  const db = await getDb();
  const t = await getTranslations("callbacks.page");
  const [applications, current, retention] = await Promise.all([
    listApplications(db),
    getCurrentApplication(db),
    getInboxRetention(db),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex flex-col gap-6">
        <CallbackEndpoints origin={await publicOrigin()} canSendTest={hasRole(user.role, "operator")} />
        {/* Keyed: switching the application starts the inbox over on the new one. */}
        <CallbackInbox key={current.sdkAppId} applications={applications} currentSdkAppId={current.sdkAppId} />
        <VerifyPayloadForm sdkAppId={current.sdkAppId} />
        <InboxRetentionCard retention={retention} canEdit={hasRole(user.role, "admin")} />
      </div>
    </>
  );
}
