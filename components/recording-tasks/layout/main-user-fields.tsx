"use client";
import { useTranslations } from "next-intl";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { StreamType } from "@shared/layouts/types";

/** The big picture's user and stream (MainVideoUserId / MaxResolutionUserId and their stream type). */
export function MainUserFields({
  idPrefix,
  userIds,
  userId,
  streamType,
  onChange,
}: {
  idPrefix: string;
  userIds: string[];
  userId: string;
  streamType: StreamType;
  onChange: (userId: string, streamType: StreamType) => void;
}) {
  const choices = userId && !userIds.includes(userId) ? [...userIds, userId] : userIds;
  const t = useTranslations("recordingTasks.layout");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${idPrefix}-main-user`}>{t("mainUser")}</Label>
        <Select
          id={`${idPrefix}-main-user`}
          value={userId}
          onChange={(event) => onChange(event.target.value, streamType)}
        >
          <option value="">{t("firstToJoin")}</option>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${idPrefix}-main-stream`}>{t("mainStream")}</Label>
        <Select
          id={`${idPrefix}-main-stream`}
          value={String(streamType)}
          disabled={!userId}
          onChange={(event) => onChange(userId, Number(event.target.value) as StreamType)}
        >
          <option value="0">{t("camera")}</option>
          <option value="1">{t("screenShare")}</option>
        </Select>
      </div>
    </div>
  );
}
