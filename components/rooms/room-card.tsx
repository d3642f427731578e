"use client";
import Link from "next/link";
import { LocalTime } from "@/components/recordings/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { dismissRoom } from "@/lib/actions/rooms/dismiss-room";
import { removeUsers } from "@/lib/actions/rooms/remove-users";
import { useActionMutation } from "@/lib/hooks/use-action-mutation";
import { queryKeys } from "@/lib/queries/keys";
import type { LiveRoom } from "@/lib/rooms/types";

/**
 * TRTC's default bypass stream id of a user's camera (`<SdkAppId>_<RoomId>_<UserId>_main`): TRTC's
 * room queries list users, not their streams, so this is what the console can show.
 */
const defaultStreamId = (sdkAppId: number, roomId: string, userId: string) => `${sdkAppId}_${roomId}_${userId}_main`;

/**
 * A live room and its users. On the rooms list it links to the room's page; on that page
 * (`sdkAppId` given) it also shows each user's stream.
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
            {room.users.length === 1 ? "" : "s"}
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
      <CardContent>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>User</TableHead>
              <TableHead>Joined</TableHead>
              {sdkAppId !== undefined ? <TableHead>Stream</TableHead> : null}
              <TableHead>Device</TableHead>
              <TableHead>Client IP</TableHead>
              {canOperate ? <TableHead className="sr-only">Actions</TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {room.users.map((user) => (
              <TableRow key={user.userId}>
                <TableCell className="font-medium">{user.userId}</TableCell>
                <TableCell>
                  <LocalTime iso={user.joinedAt} />
                </TableCell>
                {sdkAppId !== undefined ? (
                  <TableCell className="text-xs">
                    main (camera) ·{" "}
                    <span className="font-mono">{defaultStreamId(sdkAppId, room.roomId, user.userId)}</span>
                  </TableCell>
                ) : null}
                <TableCell>{user.deviceType || "—"}</TableCell>
                <TableCell className="font-mono text-xs">{user.clientIp || "—"}</TableCell>
                {canOperate ? (
                  <TableCell className="text-right">
                    <ConfirmDialog
                      title={`Remove ${user.userId}?`}
                      description={`${user.userId} leaves room ${room.roomId}.`}
                      confirmLabel="Remove"
                      isPending={remove.isPending}
                      onConfirm={() => remove.mutate({ roomId: room.roomId, userIds: [user.userId] })}
                      trigger={(open) => (
                        <Button variant="ghost" size="sm" onClick={open} aria-label={`Remove ${user.userId}`}>
                          Remove
                        </Button>
                      )}
                    />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
