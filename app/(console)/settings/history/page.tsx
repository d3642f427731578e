import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { SettingsHistoryList } from "@/components/settings/settings-history-list";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listSettingsHistory } from "@/lib/data/settings/settings-history";

export const metadata: Metadata = { title: "Settings history" };
export const dynamic = "force-dynamic";

export default async function SettingsHistoryPage() {
  await requirePageUser("viewer");
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const entries = await listSettingsHistory(db, application.sdkAppId);
  return (
    <>
      <PageHeader
        title="Settings history"
        description={`Every save of ${application.name}'s recording settings: who, when, and what changed.`}
      />
      <SettingsHistoryList entries={entries} />
    </>
  );
}
