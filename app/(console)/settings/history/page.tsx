import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { SettingsHistoryList } from "@/components/settings/settings-history-list";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listSettingsHistory } from "@/lib/data/settings/settings-history";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.history");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function SettingsHistoryPage() {
  await requirePageUser("viewer");
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const entries = await listSettingsHistory(db, application.sdkAppId);
  const t = await getTranslations("settings.history");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { name: application.name })} />
      <SettingsHistoryList entries={entries} />
    </>
  );
}
