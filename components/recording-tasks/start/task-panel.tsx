"use client";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PriceTable } from "@/lib/costs/price-table";
import {
  isActive,
  type CloudTaskDto,
  type TaskSettingsDefaults,
} from "@/lib/data/recording-tasks/recording-task-types";
import type { MixInput } from "@shared/layouts/types";
import { RunningTaskCard } from "@/components/recording-tasks/running/running-task-card";
import { StartTaskForm } from "./start-task-form";
import type { SubAppChoice } from "./task-recording-fields";

/** The room's running cloud-recording tasks, and the form to start another. */
export function TaskPanel({
  roomId,
  tasks,
  inputs,
  canOperate,
  prices,
  settings,
  subApplications,
}: {
  roomId: string;
  tasks: CloudTaskDto[];
  inputs: MixInput[];
  canOperate: boolean;
  prices: PriceTable;
  settings: TaskSettingsDefaults;
  subApplications: SubAppChoice[];
}) {
  const running = tasks.filter((task) => isActive(task.status));
  return (
    <div className="flex flex-col gap-4">
      {running.map((task) => (
        <RunningTaskCard key={task.id} task={task} inputs={inputs} canOperate={canOperate} />
      ))}
      <Card aria-label="Start a cloud-recording task">
        <CardHeader>
          <CardTitle>Cloud-recording task</CardTitle>
          <CardDescription>
            A recorder bot joins the room and records each stream, or one mix of them, into VOD (CreateCloudRecording).
          </CardDescription>
        </CardHeader>
        <CardContent>
          {canOperate ? (
            <StartTaskForm
              roomId={roomId}
              inputs={inputs}
              prices={prices}
              settings={settings}
              subApplications={subApplications}
            />
          ) : (
            <p className="text-sm text-muted-foreground">
              {running.length === 0 ? "No task is recording this room. " : ""}Operators and admins start tasks here.
            </p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
