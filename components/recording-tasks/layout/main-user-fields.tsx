"use client";
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
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${idPrefix}-main-user`}>Main user</Label>
        <Select
          id={`${idPrefix}-main-user`}
          value={userId}
          onChange={(event) => onChange(event.target.value, streamType)}
        >
          <option value="">The first to join</option>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${idPrefix}-main-stream`}>Main user&apos;s stream</Label>
        <Select
          id={`${idPrefix}-main-stream`}
          value={String(streamType)}
          disabled={!userId}
          onChange={(event) => onChange(userId, Number(event.target.value) as StreamType)}
        >
          <option value="0">Camera (main)</option>
          <option value="1">Screen share (aux)</option>
        </Select>
      </div>
    </div>
  );
}
