"use client";
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/field-error";
import { MAX_VIDEO_USERS } from "@/lib/recording-tasks/layout/layout-apis";

/** MixVideoUids: whose video is mixed; nobody ticked means everyone's. The others are heard only. */
export function VideoUsersField({
  idPrefix,
  userIds,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  userIds: string[];
  value: string[];
  onChange: (userIds: string[]) => void;
  errors: string[] | undefined;
}) {
  const t = useTranslations("recordingTasks.layout");
  const choices = [...userIds, ...value.filter((userId) => !userIds.includes(userId))];
  const toggle = (userId: string, isOn: boolean) =>
    onChange(isOn ? [...value, userId] : value.filter((entry) => entry !== userId));
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={`${idPrefix}-video-users-error`}>
      <legend className="text-sm font-medium">{t("videoFrom")}</legend>
      <p className="text-xs text-muted-foreground">{t("videoFromHint", { max: MAX_VIDEO_USERS })}</p>
      {choices.length === 0 ? <p className="text-xs text-muted-foreground">{t("nobody")}</p> : null}
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {choices.map((userId) => (
          <label key={userId} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4"
              checked={value.includes(userId)}
              onChange={(event) => toggle(userId, event.target.checked)}
            />
            {userId}
          </label>
        ))}
      </div>
      <FieldError id={`${idPrefix}-video-users-error`} messages={errors} />
    </fieldset>
  );
}
