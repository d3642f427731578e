"use client";
import { CustomLayoutEditor } from "@/components/recording-tasks/layout/custom-layout-editor";
import { errorsUnder } from "@/components/recording-tasks/layout/flat-errors";
import { LayoutPreview } from "@/components/recording-tasks/layout/layout-preview";
import { TemplatePicker } from "@/components/recording-tasks/layout/template-picker";
import { MainUserFields } from "@/components/recording-tasks/layout/main-user-fields";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { computeTaskPicture } from "@shared/layouts/compute-task-layout";
import { slotsFromTiles, type Canvas } from "@/lib/recording-tasks/layout/editor-operations";
import { FIT_LABELS, TILE_FITS } from "@/lib/recording-tasks/layout/render-modes";
import { subscribedInputs, toTaskLayoutRequest } from "@/lib/recording-tasks/layout/task-preview-request";
import type { MixInput } from "@shared/layouts/types";
import {
  TASK_LAYOUT_MODE_LABELS,
  TASK_LAYOUT_MODE_NAMES,
  TASK_MAX_SLOTS,
  type Subscription,
  type TaskLayout,
  type TaskLayoutModeName,
} from "@/lib/schemas/task";

const DESCRIPTIONS: Record<TaskLayoutModeName, string> = {
  floating: "MixLayoutMode 1: the big picture fills the canvas, small tiles float at the bottom.",
  screenShare: "MixLayoutMode 2: a big picture on the left (or right), small tiles beside it.",
  grid: "MixLayoutMode 3: equal tiles, up to 25.",
  custom: "MixLayoutMode 4: tiles where you put them (MixLayoutList).",
};
const OPTIONS = TASK_LAYOUT_MODE_NAMES.map((value) => ({
  value,
  label: TASK_LAYOUT_MODE_LABELS[value],
  description: DESCRIPTIONS[value],
}));

/**
 * A mixed task's layout (MixLayoutParams) with a live schematic for the users the subscription
 * admits now. Controlled, for the start form and the modify form alike.
 */
export function TaskLayoutFields({
  layout,
  onChange,
  canvas,
  inputs,
  subscription,
  errors,
  idPrefix,
}: {
  layout: TaskLayout;
  onChange: (layout: TaskLayout) => void;
  canvas: Canvas;
  inputs: MixInput[];
  subscription: Subscription;
  errors: Record<string, string[]>;
  idPrefix: string;
}) {
  const seen = subscribedInputs(inputs, subscription);
  const picture = computeTaskPicture(seen, toTaskLayoutRequest(layout, canvas));
  // A user publishing both a camera and a screen share is two inputs but one choice.
  const userIds = [...new Set(inputs.map((input) => input.userId))];
  const set = (patch: Partial<TaskLayout>) => onChange({ ...layout, ...patch });
  const handleMode = (mode: TaskLayoutModeName) =>
    set({
      mode,
      slots: mode === "custom" && layout.slots.length === 0 ? slotsFromTiles(picture.tiles, canvas) : layout.slots,
    });
  const isTemplate = layout.mode !== "custom";
  return (
    <div className="flex flex-col gap-4">
      <TemplatePicker
        name={`${idPrefix}-mode`}
        legend="Layout mode"
        options={OPTIONS}
        value={layout.mode}
        onChange={handleMode}
      />
      {layout.mode === "floating" || layout.mode === "screenShare" ? (
        <MainUserFields
          idPrefix={idPrefix}
          userIds={userIds}
          userId={layout.mainUserId}
          streamType={layout.mainStreamType}
          onChange={(mainUserId, mainStreamType) => set({ mainUserId, mainStreamType })}
        />
      ) : null}
      {layout.mode === "screenShare" ? (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4"
            checked={layout.mainRightAlign}
            onChange={(event) => set({ mainRightAlign: event.target.checked })}
          />
          Big picture on the right
        </label>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {isTemplate ? (
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${idPrefix}-render-mode`}>Render mode</Label>
            <Select
              id={`${idPrefix}-render-mode`}
              value={layout.renderMode}
              onChange={(event) => set({ renderMode: event.target.value as TaskLayout["renderMode"] })}
            >
              <option value="default">The template&apos;s default (crop)</option>
              {TILE_FITS.map((fit) => (
                <option key={fit} value={fit}>
                  {FIT_LABELS[fit]}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${idPrefix}-background`}>Background colour</Label>
          <input
            id={`${idPrefix}-background`}
            type="color"
            value={layout.backgroundColor}
            onChange={(event) => set({ backgroundColor: event.target.value })}
            className="h-9 w-20 rounded-md border bg-card"
          />
        </div>
      </div>
      {isTemplate ? (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4"
            checked={layout.pureAudioDisableLayout}
            onChange={(event) => set({ pureAudioDisableLayout: event.target.checked })}
          />
          Users with audio only take no tile
        </label>
      ) : (
        <CustomLayoutEditor
          idPrefix={idPrefix}
          canvas={canvas}
          slots={layout.slots}
          onChange={(slots) => set({ slots })}
          userIds={userIds}
          fits={TILE_FITS}
          maxSlots={TASK_MAX_SLOTS}
          errors={errorsUnder(errors, "slots")}
        />
      )}
      <LayoutPreview tiles={picture.tiles} canvas={canvas} backgroundColor={layout.backgroundColor} />
    </div>
  );
}
