import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AvailabilitySection } from "@/components/health/availability-section";
import { CheckResultsSection } from "@/components/health/check-results-section";
import { ReconcileNowButton } from "@/components/health/finding-actions";
import { FindingsSection } from "@/components/health/findings-section";
import { QualityThresholdsSection } from "@/components/health/quality-thresholds-section";
import { SplitFilesSection } from "@/components/health/split-files-section";
import { TasksSection } from "@/components/health/tasks-section";
import { PageHeader } from "@/components/layout/page-header";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { healthWindowStart, HEALTH_DAYS } from "@/lib/data/health/health-window";
import { readAvailability } from "@/lib/data/health/read-availability";
import { readFindings } from "@/lib/data/health/read-findings";
import { readQualityCounts } from "@/lib/data/health/read-quality-counts";
import { readAutoRecordingDays } from "@/lib/data/health/read-auto-recording-days";
import { readTaskDays } from "@/lib/data/health/read-task-days";
import { lastSavedSettings } from "@/lib/data/settings/settings-history";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("health.page");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function HealthPage() {
  const user = await requirePageUser("viewer");
  const db = await getDb();
  const { sdkAppId } = await getCurrentApplication(db);
  const now = new Date();
  const from = healthWindowStart(now);
  const [availability, tasks, autoDays, counts, findings, settings, t] = await Promise.all([
    readAvailability(db, sdkAppId, from),
    readTaskDays(db, sdkAppId, from, now),
    readAutoRecordingDays(db, sdkAppId, from),
    readQualityCounts(db, sdkAppId, from),
    readFindings(db, sdkAppId),
    lastSavedSettings(db, sdkAppId),
    getTranslations("health.page"),
  ]);
  const canRepair = hasRole(user.role, "operator");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { sdkAppId, days: HEALTH_DAYS })}
        actions={canRepair ? <ReconcileNowButton /> : null}
      />
      <div className="space-y-6">
        <FindingsSection open={findings.open} runs={findings.runs} canRepair={canRepair} />
        <AvailabilitySection availability={availability} resumeSeconds={settings?.resumeSeconds ?? null} />
        <TasksSection tasks={tasks} autoDays={autoDays} />
        <CheckResultsSection counts={counts} />
        <QualityThresholdsSection canEdit={hasRole(user.role, "admin")} />
        <SplitFilesSection db={db} sdkAppId={sdkAppId} canChange={canRepair} />
      </div>
    </>
  );
}
