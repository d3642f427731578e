"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { roomInputs, typedInputs } from "@/components/recording-tasks/start/room-inputs";
import { RoomRecordings } from "@/components/recording-tasks/room-recordings";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { RecordingSetup } from "@/lib/recording-tasks/recording-setup";
import { roomQueryOptions } from "@/lib/queries/room-detail";
import type { SampleClip } from "@/lib/rooms/types";
import { AddParticipantForm } from "./add-participant-form";
import { RoomCard } from "./room-card";
import { TypedRoomUsers } from "./typed-room-users";

/**
 * A room's page: who is in it now, and its recordings (running, one form to start another, ended).
 * The room's query polls: rooms change by themselves. The users come from
 * TRTC's room and media events; when the console has heard of nobody in the room (its callbacks
 * may not reach it yet), an operator can still type the ids the forms lay out and subscribe.
 */
export function RoomDetailClient({
  roomId,
  samples,
  setup,
}: {
  roomId: string;
  samples: SampleClip[];
  setup: RecordingSetup;
}) {
  const { sdkAppId, canOperate } = setup;
  const room = useQuery(roomQueryOptions(roomId));
  const [typedUsers, setTypedUsers] = useState("");
  const heardUsers = room.data?.room?.users ?? [];
  const isTyped = room.isSuccess && heardUsers.length === 0 && typedUsers.trim() !== "";
  const inputs = isTyped ? typedInputs(typedUsers) : roomInputs(heardUsers);

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

      <RoomRecordings roomId={roomId} inputs={inputs} isRoomUnknown={isTyped} setup={setup} />
    </div>
  );
}
