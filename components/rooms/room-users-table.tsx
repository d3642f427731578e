"use client";
import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/recordings/local-time";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { LiveRoom, RoomUser } from "@/lib/rooms/types";
import { UserMedia } from "./user-media";

/** TRTC's default bypass stream ids of a user (`<SdkAppId>_<RoomId>_<UserId>_main|aux`). */
const defaultStreamId = (sdkAppId: number, roomId: string, userId: string, kind: "main" | "aux") =>
  `${sdkAppId}_${roomId}_${userId}_${kind}`;

/** Each TRTC role's key under `rooms.users`. */
const ROLE_KEY = { anchor: "anchor", audience: "audience" } as const;

function StreamIds({ sdkAppId, roomId, user }: { sdkAppId: number; roomId: string; user: RoomUser }) {
  const t = useTranslations("rooms.users");
  const kinds = [
    ...(user.hasVideo || user.hasAudio ? (["main"] as const) : []),
    ...(user.hasSubStream ? (["aux"] as const) : []),
  ];
  if (kinds.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <ul className="flex flex-col gap-0.5">
      {kinds.map((kind) => (
        <li key={kind}>
          {kind === "main" ? t("mainStream") : t("auxStream")} ·{" "}
          <span className="font-mono">{defaultStreamId(sdkAppId, roomId, user.userId, kind)}</span>
        </li>
      ))}
    </ul>
  );
}

/** A room's users: role, since when, what each publishes; on the room page also their stream ids. */
export function RoomUsersTable({
  room,
  sdkAppId,
  canOperate,
  isRemoving,
  onRemove,
}: {
  room: LiveRoom;
  /** Given on the room page: the stream ids column. */
  sdkAppId?: number;
  canOperate: boolean;
  isRemoving: boolean;
  onRemove: (userId: string) => void;
}) {
  const t = useTranslations("rooms.users");
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("user")}</TableHead>
          <TableHead>{t("role")}</TableHead>
          <TableHead>{t("joined")}</TableHead>
          <TableHead>{t("publishes")}</TableHead>
          {sdkAppId !== undefined ? <TableHead>{t("stream")}</TableHead> : null}
          {canOperate ? <TableHead className="sr-only">{t("actions")}</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {room.users.map((user) => (
          <TableRow key={user.userId} data-testid={`room-user-${user.userId}`}>
            <TableCell className="font-medium">{user.userId}</TableCell>
            <TableCell>{user.role ? t(ROLE_KEY[user.role]) : "—"}</TableCell>
            <TableCell>
              <LocalTime iso={user.joinedAt} />
            </TableCell>
            <TableCell>
              <UserMedia user={user} />
            </TableCell>
            {sdkAppId !== undefined ? (
              <TableCell className="text-xs">
                <StreamIds sdkAppId={sdkAppId} roomId={room.roomId} user={user} />
              </TableCell>
            ) : null}
            {canOperate ? (
              <TableCell className="text-right">
                <ConfirmDialog
                  title={t("removeTitle", { userId: user.userId })}
                  description={t("removeDescription", { userId: user.userId, roomId: room.roomId })}
                  confirmLabel={t("remove")}
                  isPending={isRemoving}
                  onConfirm={() => onRemove(user.userId)}
                  trigger={(open) => (
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={open}
                      aria-label={t("removeLabel", { userId: user.userId })}
                    >
                      {t("remove")}
                    </Button>
                  )}
                />
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
