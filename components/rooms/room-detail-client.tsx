"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { roomInputs, typedInputs } from "@/components/recording-tasks/start/room-inputs";
import { RecordingTasksTable } from "@/components/recording-tasks/list/recording-tasks-table";
import type { SubAppChoice } from "@/components/recording-tasks/start/task-recording-fields";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { PriceTable } from "@/lib/costs/price-table";
import {
  isActive,
  type CloudTaskDto,
  type McuMixTaskDto,
  type TaskSettingsDefaults,
} from "@/lib/data/recording-tasks/recording-task-types";
import type { RecordingStorage } from "@/lib/recording-tasks/cost-inputs";
import { recordingTasksQueryOptions } from "@/lib/queries/recording-tasks";
import { roomQueryOptions } from "@/lib/queries/room-detail";
import type { SampleClip } from "@/lib/rooms/types";
import type { RecordingGeneration } from "@/lib/schemas/application";
import { AddParticipantForm } from "./add-participant-form";
import { RoomCard } from "./room-card";
import { MixPanel, TaskPanel } from "@/components/recording-tasks/room-recording-panels";
import { TypedRoomUsers } from "./typed-room-users";

/**
 * A room's page: who is in it now, and what the app's recording generation can do with it: a
 * legacy app's mix recorded by record id; a cloud-recording app's tasks and relay-only mix. Both
 * queries poll (rooms change by themselves; recordings end by themselves). The users come from
 * TRTC's room and media events; when the console has heard of nobody in the room (its callbacks
 * may not reach it yet), an operator can still type the ids the forms lay out and subscribe.
 */
export function RoomDetailClient({
  roomId,
  sdkAppId,
  generation,
  canOperate,
  samples,
  prices,
  storage,
  taskSettings,
  subApplications,
}: {
  roomId: string;
  sdkAppId: number;
  generation: RecordingGeneration;
  canOperate: boolean;
  samples: SampleClip[];
  prices: PriceTable;
  storage: RecordingStorage;
  taskSettings: TaskSettingsDefaults;
  subApplications: SubAppChoice[];
}) {
  const room = useQuery(roomQueryOptions(roomId));
  const recordings = useQuery(recordingTasksQueryOptions(roomId));
  const [typedUsers, setTypedUsers] = useState("");
  const heardUsers = room.data?.room?.users ?? [];
  const isTyped = room.isSuccess && heardUsers.length === 0 && typedUsers.trim() !== "";
  const inputs = isTyped ? typedInputs(typedUsers) : roomInputs(heardUsers);
  const all = recordings.data ?? [];
  const mixes = all.filter((entry): entry is McuMixTaskDto => entry.kind === "mcu_mix");
  const tasks = all.filter((entry): entry is CloudTaskDto => entry.kind === "cloud_task");
  const finished = all.filter((entry) => !isActive(entry.status));

  return (
    <div className="flex flex-col gap-6">
      <section aria-label="Users in the room" className="flex flex-col gap-4">
        {room.isPending ? (
          <Skeleton className="h-28" aria-label="Loading the room" />
        ) : room.isError ? (
          <Alert variant="destructive">Could not load the room: {room.error.message}</Alert>
        ) : room.data.room ? (
          <RoomCard room={room.data.room} canOperate={canOperate} sdkAppId={sdkAppId} />
        ) : (
          <Card>
            <CardHeader>
              <CardTitle>Nobody is in room {roomId} now</CardTitle>
              <CardDescription>
                As far as TRTC&apos;s room events say. The room exists while someone is in it
                {canOperate ? ": add a participant to start it." : "."}
              </CardDescription>
            </CardHeader>
            {canOperate ? (
              <CardContent>
                <details className="flex flex-col gap-2 text-sm">
                  <summary className="cursor-pointer">Someone is there, but the console has not heard of them?</summary>
                  <p className="my-2 text-xs text-muted-foreground">
                    TRTC&apos;s room and media callbacks may not reach the console (Settings shows when the last one
                    arrived). Recording does not need them: type the users&apos; ids for the forms below.
                  </p>
                  <TypedRoomUsers value={typedUsers} onChange={setTypedUsers} />
                </details>
              </CardContent>
            ) : null}
          </Card>
        )}
        {canOperate ? <AddParticipantForm samples={samples} roomId={roomId} /> : null}
      </section>

      <section aria-labelledby="room-recordings-heading" className="flex flex-col gap-4">
        <div className="flex items-baseline justify-between">
          <h2 id="room-recordings-heading" className="text-base font-semibold">
            Recordings
          </h2>
          <Link href="/recordings/tasks" className="text-sm text-primary underline-offset-4 hover:underline">
            Every recording started from the console →
          </Link>
        </div>
        {recordings.isPending ? (
          <Skeleton className="h-40" aria-label="Loading the recordings" />
        ) : recordings.isError ? (
          <Alert variant="destructive">Could not load the room&apos;s recordings: {recordings.error.message}</Alert>
        ) : (
          <>
            <section aria-label="Mixed recording">
              <MixPanel
                roomId={roomId}
                sdkAppId={sdkAppId}
                mixes={mixes}
                inputs={inputs}
                canOperate={canOperate}
                prices={prices}
                storage={storage}
                isRecordable={generation === "legacy"}
                isRoomUnknown={isTyped}
              />
            </section>
            {generation === "cloud" ? (
              <section aria-label="Cloud-recording tasks">
                <TaskPanel
                  roomId={roomId}
                  tasks={tasks}
                  inputs={inputs}
                  canOperate={canOperate}
                  prices={prices}
                  settings={taskSettings}
                  subApplications={subApplications}
                />
              </section>
            ) : null}
            {finished.length > 0 ? (
              <section aria-label="Earlier recordings of this room" className="flex flex-col gap-2">
                <h3 className="text-sm font-semibold">Earlier recordings of this room</h3>
                <RecordingTasksTable recordings={finished} showRoom={false} />
              </section>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
