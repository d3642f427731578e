"use client";
import Link from "next/link";
import { LocalTime } from "@/components/recordings/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { dismissRoom } from "@/lib/actions/rooms/dismiss-room";
import { removeUsers } from "@/lib/actions/rooms/remove-users";
import { useActionMutation } from "@/components/hooks/use-action-mutation";
import { queryKeys } from "@/lib/queries/keys";
import type { LiveRoom } from "@/lib/rooms/types";
import { RoomUsersTable } from "./room-users-table";

/**
 * A live room and its users, as TRTC's room and media events say. On the rooms list it links to
 * the room's page; on that page (`sdkAppId` given) it also shows each user's streams. A room with
 * no event for the stale period says so (its exits may have been lost).
 */
export function RoomCard({ room, canOperate, sdkAppId }: { room: LiveRoom; canOperate: boolean; sdkAppId?: number }) {
  const remove = useActionMutation({
    action: removeUsers,
    invalidates: [queryKeys.rooms()],
    successMessage: (_, input) => `Removed ${input.userIds.join(", ")} from room ${input.roomId}`,
  });
  const dismiss = useActionMutation({
    action: dismissRoom,
    invalidates: [queryKeys.rooms()],
    successMessage: (output) => `Dismissed room ${output.roomId}`,
  });
  return (
    <Card data-testid={`room-${room.roomId}`} aria-label={`Room ${room.roomId}`}>
      <CardHeader className="flex-row items-start justify-between">
        <div className="flex flex-col gap-1">
          <CardTitle className="flex items-center gap-2">
            Room {room.roomId}
            <Badge variant="muted">{room.isIntegerRoom ? "integer id" : "string id"}</Badge>
            {room.stale ? <Badge variant="warning">Stale</Badge> : null}
            {sdkAppId === undefined ? (
              <Link
                href={`/rooms/${encodeURIComponent(room.roomId)}`}
                className="text-sm font-normal text-primary underline-offset-4 hover:underline"
              >
                Open room {room.roomId}
              </Link>
            ) : null}
          </CardTitle>
          <CardDescription>
            Since <LocalTime iso={room.createdAt} /> · {room.users.length} user
            {room.users.length === 1 ? "" : "s"} · last event <LocalTime iso={room.lastEventAt} part="time" />
          </CardDescription>
        </div>
        {canOperate ? (
          <ConfirmDialog
            title={`Dismiss room ${room.roomId}?`}
            description="Every user is removed from the room and its recordings end."
            confirmLabel="Dismiss room"
            isPending={dismiss.isPending}
            onConfirm={() => dismiss.mutate({ roomId: room.roomId })}
            trigger={(open) => (
              <Button variant="outline" size="sm" onClick={open}>
                Dismiss room
              </Button>
            )}
          />
        ) : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {room.stale ? (
          <Alert variant="info" role="status" data-testid="room-stale">
            {room.stale.note}
          </Alert>
        ) : null}
        <RoomUsersTable
          room={room}
          sdkAppId={sdkAppId}
          canOperate={canOperate}
          isRemoving={remove.isPending}
          onRemove={(userId) => remove.mutate({ roomId: room.roomId, userIds: [userId] })}
        />
      </CardContent>
    </Card>
  );
}
