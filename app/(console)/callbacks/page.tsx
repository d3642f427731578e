import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Callbacks" };
export const dynamic = "force-dynamic";

export default async function CallbacksPage() {
  const user = await requirePageUser("viewer");
  const db = await getDb();
  const [applications, current, retention] = await Promise.all([
    listApplications(db),
    getCurrentApplication(db),
    getInboxRetention(db),
  ]);
  return (
    <>
      <PageHeader
        title="Callbacks"
        description="Recording callbacks received from the cloud, each with its signature check. Repeated deliveries of one event are kept once; refusals are counted per source and reason."
      />
      <div className="flex flex-col gap-6">
        <CallbackEndpoints origin={await publicOrigin()} />
        {/* Keyed: switching the application starts the inbox over on the new one. */}
        <CallbackInbox key={current.sdkAppId} applications={applications} currentSdkAppId={current.sdkAppId} />
        <VerifyPayloadForm sdkAppId={current.sdkAppId} />
        <InboxRetentionCard retention={retention} canEdit={hasRole(user.role, "admin")} />
      </div>
    </>
  );
}
