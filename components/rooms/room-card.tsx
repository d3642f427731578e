"use client";
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

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

export function RoomCard({ room, canOperate }: { room: LiveRoom; canOperate: boolean }) {
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
          </CardTitle>
          <CardDescription>
            Since {timeFormat.format(new Date(room.createdAt))} · {room.users.length} user
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
              <TableHead>Device</TableHead>
              <TableHead>Client IP</TableHead>
              {canOperate ? <TableHead className="sr-only">Actions</TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {room.users.map((user) => (
              <TableRow key={user.userId}>
                <TableCell className="font-medium">{user.userId}</TableCell>
                <TableCell>{timeFormat.format(new Date(user.joinedAt))}</TableCell>
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
