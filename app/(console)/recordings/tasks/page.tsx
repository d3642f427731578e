import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { RecordingTasksClient } from "@/components/recording-tasks/list/recording-tasks-client";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { requirePageUser } from "@/lib/auth/session";
import { listRecordingTasks } from "@/lib/data/recording-tasks/recording-tasks";
import { getDb } from "@/lib/db";
import { recordingTasksQueryOptions } from "@/lib/queries/recording-tasks";

export const metadata: Metadata = { title: "Recording tasks" };
export const dynamic = "force-dynamic";

export default async function RecordingTasksPage() {
  await requirePageUser("viewer");
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery({
    ...recordingTasksQueryOptions(null),
    queryFn: () => listRecordingTasks(db, application.sdkAppId),
  });
  return (
    <>
      <PageHeader
        title={application.generation === "cloud" ? "Recording tasks" : "Mixed recordings"}
        description={
          application.generation === "cloud"
            ? "Every recording started from the console, running and finished: cloud-recording tasks (and mixes, relayed only on this app), who started and stopped them, and the files they made."
            : "Every recording started from the console, running and finished: mixed recordings recorded by record id, who started and stopped them, and the files they made."
        }
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <RecordingTasksClient />
      </HydrationBoundary>
    </>
  );
}
