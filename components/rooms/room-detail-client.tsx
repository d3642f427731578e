"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { roomInputs, typedInputs } from "@/components/recording-tasks/start/room-inputs";
import { RoomRecordings } from "@/components/recording-tasks/room-recordings";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { RecordingSetup } from "@/lib/recording-tasks/recording-setup";
import { useMessageText } from "@/lib/i18n/use-message-text";
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
  const t = useTranslations("rooms.detail");
  const messageText = useMessageText();
  const { sdkAppId, canOperate } = setup;
  const room = useQuery(roomQueryOptions(roomId));
  const [typedUsers, setTypedUsers] = useState("");
  const heardUsers = room.data?.room?.users ?? [];
  const isTyped = room.isSuccess && heardUsers.length === 0 && typedUsers.trim() !== "";
  const inputs = isTyped ? typedInputs(typedUsers) : roomInputs(heardUsers);

  return (
    <div className="flex flex-col gap-6">
      <section aria-label={t("usersLabel")} className="flex flex-col gap-4">
        {room.isPending ? (
          <Skeleton className="h-28" aria-label={t("loading")} />
        ) : room.isError ? (
          <Alert variant="destructive">{t("couldNotLoad", { error: messageText(room.error.message) })}</Alert>
        ) : room.data.room ? (
          <RoomCard room={room.data.room} canOperate={canOperate} sdkAppId={sdkAppId} />
        ) : (
          <Card>
            <CardHeader>
              <CardTitle>{t("nobody", { roomId })}</CardTitle>
              <CardDescription>{t("nobodyDescription", { canOperate: String(canOperate) })}</CardDescription>
            </CardHeader>
            {canOperate ? (
              <CardContent>
                <details className="flex flex-col gap-2 text-sm">
                  <summary className="cursor-pointer">{t("someoneThere")}</summary>
                  <p className="my-2 text-xs text-muted-foreground">{t("callbacksMayNotReach")}</p>
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
