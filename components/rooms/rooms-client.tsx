"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { roomsQueryOptions } from "@/lib/queries/rooms";
import type { SampleClip } from "@/lib/rooms/types";
import { AddParticipantForm } from "./add-participant-form";
import { RoomCard } from "./room-card";

export function RoomsClient({ canOperate, samples }: { canOperate: boolean; samples: SampleClip[] }) {
  const t = useTranslations("rooms.list");
  const messageText = useMessageText();
  const rooms = useQuery(roomsQueryOptions());
  return (
    <div className="flex flex-col gap-6">
      {canOperate ? <AddParticipantForm samples={samples} /> : null}
      <section aria-labelledby="live-rooms-heading" className="flex flex-col gap-4">
        <h2 id="live-rooms-heading" className="text-base font-semibold">
          {t("liveRooms")}
        </h2>
        {rooms.isPending ? (
          <div className="flex flex-col gap-3" aria-label={t("loading")}>
            <Skeleton className="h-28" />
            <Skeleton className="h-28" />
          </div>
        ) : rooms.isError ? (
          <Alert variant="destructive">{t("couldNotLoad", { error: messageText(rooms.error.message) })}</Alert>
        ) : rooms.data.rooms.length === 0 ? (
          <Card>
            <CardHeader>
              <CardTitle>{t("noLiveRooms")}</CardTitle>
              <CardDescription>{t("emptyDescription", { canOperate: String(canOperate) })}</CardDescription>
            </CardHeader>
            <CardContent />
          </Card>
        ) : (
          rooms.data.rooms.map((room) => (
            <RoomCard
              key={`${room.isIntegerRoom ? "int" : "str"}:${room.roomId}`}
              room={room}
              canOperate={canOperate}
            />
          ))
        )}
      </section>
    </div>
  );
}
