"use client";
import { useTranslations } from "next-intl";
import { NumberField } from "@/components/recording-tasks/layout/number-field";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { clampBox, type Canvas } from "@/lib/recording-tasks/layout/editor-operations";
import type { StreamType } from "@shared/layouts/types";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";

type Small = NonNullable<RecordingLayout["small"]>;

/** Picture-in-picture's small picture (SmallVideoLayoutParams): whose, and where; kept inside the output. */
export function PipFields({
  idPrefix,
  canvas,
  userIds,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  canvas: Canvas;
  userIds: string[];
  value: RecordingLayout["small"];
  onChange: (small: RecordingLayout["small"]) => void;
  errors: string[];
}) {
  const t = useTranslations("recordingTasks.layout");
  const tEditor = useTranslations("recordingTasks.editor");
  const small: Small = value ?? {
    userId: "",
    streamType: 0,
    x: 0,
    y: 0,
    width: Math.round(canvas.width / 4),
    height: Math.round(canvas.height / 4),
  };
  const setBox = (field: "x" | "y" | "width" | "height") => (next: number) =>
    onChange({ ...small, ...clampBox({ ...small, [field]: next }, canvas) });
  const choices = small.userId && !userIds.includes(small.userId) ? [...userIds, small.userId] : userIds;
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-sm font-medium">{t("smallPicture")}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${idPrefix}-pip-user`}>{t("smallUser")}</Label>
          <Select
            id={`${idPrefix}-pip-user`}
            value={small.userId}
            onChange={(event) => onChange(event.target.value ? { ...small, userId: event.target.value } : null)}
          >
            <option value="">{t("chooseUser")}</option>
            {choices.map((userId) => (
              <option key={userId} value={userId}>
                {userId}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${idPrefix}-pip-stream`}>{t("smallStream")}</Label>
          <Select
            id={`${idPrefix}-pip-stream`}
            value={String(small.streamType)}
            onChange={(event) => onChange({ ...small, streamType: Number(event.target.value) as StreamType })}
          >
            <option value="0">{t("camera")}</option>
            <option value="1">{t("screenShare")}</option>
          </Select>
        </div>
      </div>
      <div className="grid grid-cols-4 gap-2">
        <NumberField
          id={`${idPrefix}-pip-x`}
          label="X"
          value={small.x}
          min={0}
          max={canvas.width}
          onCommit={setBox("x")}
        />
        <NumberField
          id={`${idPrefix}-pip-y`}
          label="Y"
          value={small.y}
          min={0}
          max={canvas.height}
          onCommit={setBox("y")}
        />
        <NumberField
          id={`${idPrefix}-pip-width`}
          label={tEditor("width")}
          value={small.width}
          min={2}
          max={canvas.width}
          onCommit={setBox("width")}
        />
        <NumberField
          id={`${idPrefix}-pip-height`}
          label={tEditor("height")}
          value={small.height}
          min={2}
          max={canvas.height}
          onCommit={setBox("height")}
        />
      </div>
      <FieldError id={`${idPrefix}-pip-error`} messages={errors.length > 0 ? errors : undefined} />
    </fieldset>
  );
}
