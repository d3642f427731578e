import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { RecordingTasksClient } from "@/components/recording-tasks/list/recording-tasks-client";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { requirePageUser } from "@/lib/auth/session";
import { listRecordingTasks } from "@/lib/data/recording-tasks/recording-tasks";
import { getDb } from "@/lib/db";
import { recordingTasksQueryOptions } from "@/lib/queries/recording-tasks";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recordingTasks.page");
  return { title: t("titleCloud") };
}

export default async function RecordingTasksPage() {
  await requirePageUser("viewer");
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery({
    ...recordingTasksQueryOptions(null),
    queryFn: () => listRecordingTasks(db, application.sdkAppId),
  });
  const t = await getTranslations("recordingTasks.page");
  const isCloud = application.generation === "cloud";
  return (
    <>
      <PageHeader
        title={isCloud ? t("titleCloud") : t("titleLegacy")}
        description={isCloud ? t("descriptionCloud") : t("descriptionLegacy")}
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <RecordingTasksClient />
      </HydrationBoundary>
    </>
  );
}
