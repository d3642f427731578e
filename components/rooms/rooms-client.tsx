"use client";
import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { roomsQueryOptions } from "@/lib/queries/rooms";
import type { SampleClip } from "@/lib/rooms/types";
import { AddParticipantForm } from "./add-participant-form";
import { RoomCard } from "./room-card";

export function RoomsClient({ canOperate, samples }: { canOperate: boolean; samples: SampleClip[] }) {
  const rooms = useQuery(roomsQueryOptions());
  return (
    <div className="flex flex-col gap-6">
      {canOperate ? <AddParticipantForm samples={samples} /> : null}
      <section aria-labelledby="live-rooms-heading" className="flex flex-col gap-4">
        <h2 id="live-rooms-heading" className="text-base font-semibold">
          Live rooms
        </h2>
        {rooms.isPending ? (
          <div className="flex flex-col gap-3" aria-label="Loading rooms">
            <Skeleton className="h-28" />
            <Skeleton className="h-28" />
          </div>
        ) : rooms.isError ? (
          <Alert variant="destructive">Could not load rooms: {rooms.error.message}</Alert>
        ) : rooms.data.rooms.length === 0 ? (
          <Card>
            <CardHeader>
              <CardTitle>No live rooms</CardTitle>
              <CardDescription>
                A room appears here within a second of TRTC telling the console that its first user entered
                {canOperate ? " — add a participant above to start one." : "."} Nothing shows up? Check that TRTC&apos;s
                room and media callbacks reach the console (Settings).
              </CardDescription>
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
