"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { setSlotBox, type Canvas, type EditorSlot } from "@/lib/recording-tasks/layout/editor-operations";
import { FIT_LABELS } from "@/lib/recording-tasks/layout/render-modes";
import type { StreamType, TileFit } from "@shared/layouts/types";
import { NumberField } from "./number-field";

/** The selected tile's settings: its user and stream, its fit, its exact box and its layer. */
export function SlotInspector({
  slot,
  index,
  idPrefix,
  slots,
  canvas,
  userIds,
  fits,
  errors,
  onChange,
  onRestack,
  onRemove,
}: {
  slot: EditorSlot;
  index: number;
  idPrefix: string;
  slots: EditorSlot[];
  canvas: Canvas;
  userIds: string[];
  fits: readonly TileFit[];
  errors: string[];
  onChange: (slots: EditorSlot[]) => void;
  onRestack: (direction: 1 | -1) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("recordingTasks.editor");
  const tLayout = useTranslations("recordingTasks.layout");
  const messageText = useMessageText();
  const update = (patch: Partial<EditorSlot>) =>
    onChange(slots.map((entry) => (entry.id === slot.id ? { ...entry, ...patch } : entry)));
  const setBox = (field: "x" | "y" | "width" | "height") => (value: number) =>
    onChange(setSlotBox(slots, slot.id, { [field]: value }, canvas));
  // A user who left the room stays selectable: the slot keeps them until they return.
  const choices = slot.userId && !userIds.includes(slot.userId) ? [...userIds, slot.userId] : userIds;
  return (
    <fieldset className="flex flex-col gap-3 text-sm" aria-label={t("settingsLabel", { number: index + 1 })}>
      <legend className="mb-1 font-medium">{t("tile", { number: index + 1 })}</legend>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${idPrefix}-slot-user`}>{t("user")}</Label>
        <Select
          id={`${idPrefix}-slot-user`}
          value={slot.userId ?? ""}
          onChange={(event) => update({ userId: event.target.value || null })}
        >
          <option value="">{t("nextUserOption")}</option>
          {choices.map((userId) => (
            <option key={userId} value={userId}>
              {userId}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${idPrefix}-slot-stream`}>{t("stream")}</Label>
          <Select
            id={`${idPrefix}-slot-stream`}
            value={String(slot.streamType)}
            onChange={(event) => update({ streamType: Number(event.target.value) as StreamType })}
          >
            <option value="0">{tLayout("camera")}</option>
            <option value="1">{tLayout("screenShare")}</option>
          </Select>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${idPrefix}-slot-fit`}>{t("fit")}</Label>
          <Select
            id={`${idPrefix}-slot-fit`}
            value={slot.fit}
            onChange={(event) => update({ fit: event.target.value as TileFit })}
          >
            {fits.map((fit) => (
              <option key={fit} value={fit}>
                {messageText(FIT_LABELS[fit])}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <NumberField
          id={`${idPrefix}-slot-x`}
          label="X"
          value={slot.x}
          min={0}
          max={canvas.width}
          onCommit={setBox("x")}
        />
        <NumberField
          id={`${idPrefix}-slot-y`}
          label="Y"
          value={slot.y}
          min={0}
          max={canvas.height}
          onCommit={setBox("y")}
        />
        <NumberField
          id={`${idPrefix}-slot-width`}
          label={t("width")}
          value={slot.width}
          min={2}
          max={canvas.width}
          onCommit={setBox("width")}
        />
        <NumberField
          id={`${idPrefix}-slot-height`}
          label={t("height")}
          value={slot.height}
          min={2}
          max={canvas.height}
          onCommit={setBox("height")}
        />
      </div>
      <FieldError id={`${idPrefix}-slot-errors`} messages={errors.length > 0 ? errors : undefined} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" size="sm" variant="outline" onClick={() => onRestack(1)}>
          {t("forward")}
        </Button>
        <Button type="button" size="sm" variant="outline" onClick={() => onRestack(-1)}>
          {t("backward")}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onRemove}>
          {t("remove")}
        </Button>
      </div>
    </fieldset>
  );
}
