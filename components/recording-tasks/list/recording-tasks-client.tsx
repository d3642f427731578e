"use client";
import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { recordingTasksQueryOptions } from "@/lib/queries/recording-tasks";
import { RecordingTasksTable } from "./recording-tasks-table";

/** The task list: every recording started from the console, polled while any is in flux. */
export function RecordingTasksClient() {
  const recordings = useQuery(recordingTasksQueryOptions(null));
  if (recordings.isPending)
    return (
      <div className="flex flex-col gap-2" aria-label="Loading recordings">
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
      </div>
    );
  if (recordings.isError)
    return <Alert variant="destructive">Could not load the recordings: {recordings.error.message}</Alert>;
  if (recordings.data.length === 0)
    return (
      <Card>
        <CardHeader>
          <CardTitle>No recordings started from the console yet</CardTitle>
          <CardDescription>
            Start a mixed recording or a cloud-recording task on a room&apos;s page (Rooms → a room).
          </CardDescription>
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
