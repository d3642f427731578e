"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/recordings/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { dismissRoom } from "@/lib/actions/rooms/dismiss-room";
import { removeUsers } from "@/lib/actions/rooms/remove-users";
import { useActionMutation } from "@/components/hooks/use-action-mutation";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { queryKeys } from "@/lib/queries/keys";
import type { LiveRoom } from "@/lib/rooms/types";
import { RoomUsersTable } from "./room-users-table";

/**
 * A live room and its users, as TRTC's room and media events say. On the rooms list it links to
 * the room's page; on that page (`sdkAppId` given) it also shows each user's streams. A room with
 * no event for the stale period says so (its exits may have been lost).
 */
export function RoomCard({ room, canOperate, sdkAppId }: { room: LiveRoom; canOperate: boolean; sdkAppId?: number }) {
  const t = useTranslations("rooms.card");
  const messageText = useMessageText();
  const remove = useActionMutation({
    action: removeUsers,
    invalidates: [queryKeys.rooms()],
    successMessage: (_, input) => t("removed", { userIds: input.userIds.join(", "), roomId: input.roomId }),
  });
  const dismiss = useActionMutation({
    action: dismissRoom,
    invalidates: [queryKeys.rooms()],
    successMessage: (output) => t("dismissed", { roomId: output.roomId }),
  });
  return (
    <Card data-testid={`room-${room.roomId}`} aria-label={t("label", { roomId: room.roomId })}>
      <CardHeader className="flex-row items-start justify-between">
        <div className="flex flex-col gap-1">
          <CardTitle className="flex items-center gap-2">
            {t("title", { roomId: room.roomId })}
            <Badge variant="muted">{room.isIntegerRoom ? t("integerId") : t("stringId")}</Badge>
            {room.stale ? <Badge variant="warning">{t("stale")}</Badge> : null}
            {sdkAppId === undefined ? (
              <Link
                href={`/rooms/${encodeURIComponent(room.roomId)}`}
                className="text-sm font-normal text-primary underline-offset-4 hover:underline"
              >
                {t("open", { roomId: room.roomId })}
              </Link>
            ) : null}
          </CardTitle>
          <CardDescription>
            {t.rich("summary", {
              since: () => <LocalTime iso={room.createdAt} />,
              users: room.users.length,
              last: () => <LocalTime iso={room.lastEventAt} part="time" />,
            })}
          </CardDescription>
        </div>
        {canOperate ? (
          <ConfirmDialog
            title={t("dismissTitle", { roomId: room.roomId })}
            description={t("dismissDescription")}
            confirmLabel={t("dismiss")}
            isPending={dismiss.isPending}
            onConfirm={() => dismiss.mutate({ roomId: room.roomId })}
            trigger={(open) => (
              <Button variant="outline" size="sm" onClick={open}>
                {t("dismiss")}
              </Button>
            )}
          />
        ) : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {room.stale ? (
          <Alert variant="info" role="status" data-testid="room-stale">
            {messageText(room.stale.note)}
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
