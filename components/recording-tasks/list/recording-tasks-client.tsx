"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { recordingTasksQueryOptions } from "@/lib/queries/recording-tasks";
import { RecordingTasksTable } from "./recording-tasks-table";

/** The task list: every recording started from the console, polled while any is in flux. */
export function RecordingTasksClient() {
  const t = useTranslations("recordingTasks.list");
  const messageText = useMessageText();
  const recordings = useQuery(recordingTasksQueryOptions(null));
  if (recordings.isPending)
    return (
      <div className="flex flex-col gap-2" aria-label={t("loading")}>
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
      </div>
    );
  if (recordings.isError)
    return <Alert variant="destructive">{t("loadFailed", { error: messageText(recordings.error.message) })}</Alert>;
  if (recordings.data.length === 0)
    return (
      <Card>
        <CardHeader>
          <CardTitle>{t("emptyTitle")}</CardTitle>
          <CardDescription>{t("emptyDescription")}</CardDescription>
        </CardHeader>
        <CardContent />
      </Card>
    );
  return (
    <Card>
      <CardContent className="pt-5">
        <RecordingTasksTable recordings={recordings.data} showRoom />
      </CardContent>
    </Card>
  );
}
