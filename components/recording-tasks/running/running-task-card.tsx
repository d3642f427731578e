"use client";
import { useState } from "react";
import { errorsUnder } from "@/components/recording-tasks/layout/flat-errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { StopRecordingButton } from "./stop-recording-button";
import { modifyTask } from "@/lib/actions/recording-tasks/modify-task";
import { stopTask } from "@/lib/actions/recording-tasks/stop-task";
import type { CloudTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import { useActionMutation } from "@/components/hooks/use-action-mutation";
import type { MixInput } from "@shared/layouts/types";
import { queryKeys } from "@/lib/queries/keys";
import { TASK_LAYOUT_MODE_LABELS, type Subscription, type TaskLayout } from "@/lib/schemas/task";
import { RecordingFacts } from "./recording-facts";
import { RecordingStatusBadge } from "@/components/recording-tasks/recording-status-badge";
import { SubscriptionFields } from "@/components/recording-tasks/start/subscription-fields";
import { TaskEvents } from "./task-events";
import { TaskLayoutFields } from "@/components/recording-tasks/layout/task-layout-fields";

/** A running cloud-recording task: its status as the cloud reports it, a new layout or subscription, stop. */
export function RunningTaskCard({
  task,
  inputs,
  canOperate,
}: {
  task: CloudTaskDto;
  inputs: MixInput[];
  canOperate: boolean;
}) {
  const [layout, setLayout] = useState<TaskLayout>(task.layout);
  const [subscription, setSubscription] = useState<Subscription>(task.subscription);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const modify = useActionMutation({
    action: modifyTask,
    invalidates: [queryKeys.recordingTasks.all()],
    successMessage: () => "The task's layout and subscription were replaced",
  });
  const stop = useActionMutation({
    action: stopTask,
    invalidates: [queryKeys.recordingTasks.all()],
    successMessage: () => "The task is stopping; its files upload to VOD",
  });
  const isMixed = task.recordMode === "mixed";
  const canModify = canOperate && (task.status === "starting" || task.status === "recording");

  async function handleApply() {
    const result = await modify.mutateAsync({ recordingId: task.id, layout, subscription });
    setErrors(result.ok ? {} : (result.error.fieldErrors ?? {}));
  }

  return (
    <Card aria-label={`Cloud-recording task ${task.taskId ?? task.id}`} data-testid="running-task">
      <CardHeader className="flex-row items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <CardTitle className="flex items-center gap-2">
            {isMixed ? "Mixed" : "Single-stream"} recording task <RecordingStatusBadge status={task.status} />
          </CardTitle>
          <CardDescription>
            {isMixed
              ? `${TASK_LAYOUT_MODE_LABELS[task.layout.mode]} layout, ${task.output.width}×${task.output.height}.`
              : "A file per subscribed stream."}{" "}
            {task.status === "starting" ? "The recorder has joined and waits for a stream to pull." : ""}
          </CardDescription>
        </div>
        {canOperate && task.status !== "stopping" ? (
          <StopRecordingButton
            title="Stop the recording task?"
            description="The recorder leaves the room; what it recorded is uploaded to VOD."
            confirmLabel="Stop task"
            label="Stop recording task"
            isPending={stop.isPending}
            onConfirm={() => stop.mutate({ recordingId: task.id })}
          />
        ) : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        <RecordingFacts
          recording={task}
          extra={[
            ["Task id", task.taskId ?? "—"],
            ["Recorder bot", task.botUserId ?? "—"],
            // Describe is asked now and then only, to reconcile: the events below are the live word.
            ["Last DescribeCloudRecording", task.cloudStatus ?? "—"],
            ...(task.userDefineRecordId
              ? ([["File-name prefix", task.userDefineRecordId]] as Array<[string, string]>)
              : []),
          ]}
        />
        <section aria-label="Events from TRTC" className="flex flex-col gap-2 border-t pt-4">
          <h3 className="text-sm font-semibold">Events from TRTC</h3>
          <TaskEvents events={task.events} />
        </section>
        {canModify ? (
          <section aria-label="Change the task" className="flex flex-col gap-4 border-t pt-4">
            <h3 className="text-sm font-semibold">Change {isMixed ? "the layout and " : ""}who is recorded</h3>
            <p className="text-xs text-muted-foreground">
              ModifyCloudRecording replaces the whole layout and subscription with what is below.
            </p>
            <SubscriptionFields
              idPrefix={`modify-${task.id}`}
              value={subscription}
              onChange={setSubscription}
              errors={errorsUnder(errors, "subscription")}
            />
            {isMixed ? (
              <TaskLayoutFields
                idPrefix={`modify-${task.id}`}
                layout={layout}
                onChange={setLayout}
                canvas={{ width: task.output.width, height: task.output.height }}
                inputs={inputs}
                subscription={subscription}
                errors={errorsUnder(errors, "layout")}
              />
            ) : null}
            <div className="flex justify-end">
              <Button type="button" onClick={() => void handleApply()} disabled={modify.isPending}>
                {modify.isPending ? "Applying…" : "Apply to the task"}
              </Button>
            </div>
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}
