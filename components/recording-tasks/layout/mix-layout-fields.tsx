"use client";
import { CustomLayoutEditor } from "@/components/recording-tasks/layout/custom-layout-editor";
import { errorsUnder } from "@/components/recording-tasks/layout/flat-errors";
import { LayoutPreview } from "@/components/recording-tasks/layout/layout-preview";
import { TemplatePicker } from "@/components/recording-tasks/layout/template-picker";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { computeMcuPicture } from "@shared/layouts/compute-layout";
import { slotsFromTiles, type Canvas } from "@/lib/recording-tasks/layout/editor-operations";
import { toMcuLayoutRequest } from "@/lib/recording-tasks/layout/mcu-preview-request";
import { FIT_LABELS, TILE_FITS } from "@/lib/recording-tasks/layout/render-modes";
import type { MixInput, StreamType } from "@shared/layouts/types";
import {
  MCU_MAX_TILES,
  MCU_TEMPLATE_LABELS,
  MCU_TEMPLATES,
  type McuTemplateName,
  type MixLayout,
} from "@/lib/schemas/mix";
import { MainUserFields } from "./main-user-fields";
import { PipFields } from "./pip-fields";
import { VideoUsersField } from "./video-users-field";

const DESCRIPTIONS: Record<McuTemplateName, string> = {
  floating: "The first to join fills the picture; up to 15 small tiles float at the bottom left.",
  grid: "Equal tiles splitting the picture, up to 16.",
  screenShare: "A big picture beside up to two columns of small tiles.",
  pictureInPicture: "One small picture over one big one; everyone else is heard only.",
  custom: "Tiles where you put them, in the editor below.",
};
const OPTIONS = MCU_TEMPLATES.map((value) => ({
  value,
  label: MCU_TEMPLATE_LABELS[value],
  description: DESCRIPTIONS[value],
}));

/**
 * The layout of an MCU mix (LayoutParams), with a live schematic of the picture the room's users
 * make now. Controlled: the start form and the re-layout form both hold the value.
 */
export function MixLayoutFields({
  layout,
  onChange,
  canvas,
  inputs,
  errors,
  idPrefix,
}: {
  layout: MixLayout;
  onChange: (layout: MixLayout) => void;
  canvas: Canvas;
  inputs: MixInput[];
  /** Flat field errors relative to the layout (`slots.0.width`, `small`). */
  errors: Record<string, string[]>;
  idPrefix: string;
}) {
  const picture = computeMcuPicture(inputs, toMcuLayoutRequest(layout, canvas));
  // A user publishing both a camera and a screen share is two inputs but one choice.
  const userIds = [...new Set(inputs.map((input) => input.userId))];
  const set = (patch: Partial<MixLayout>) => onChange({ ...layout, ...patch });

  function handleTemplate(template: McuTemplateName) {
    // The editor starts from the picture on screen, not from an empty canvas.
    const slots =
      template === "custom" && layout.slots.length === 0 ? slotsFromTiles(picture.tiles, canvas) : layout.slots;
    const small =
      template === "pictureInPicture" && !layout.small
        ? {
            userId: userIds[1] ?? userIds[0] ?? "",
            streamType: 0 as StreamType,
            x: Math.round(canvas.width * 0.7),
            y: Math.round(canvas.height * 0.7),
            width: Math.round(canvas.width / 4),
            height: Math.round(canvas.height / 4),
          }
        : layout.small;
    set({ template, slots, small: small && small.userId ? small : null });
  }

  return (
    <div className="flex flex-col gap-4">
      <TemplatePicker
        name={`${idPrefix}-template`}
        legend="Template"
        options={OPTIONS}
        value={layout.template}
        onChange={handleTemplate}
      />
      {layout.template === "floating" || layout.template === "screenShare" || layout.template === "pictureInPicture" ? (
        <MainUserFields
          idPrefix={idPrefix}
          userIds={userIds}
          userId={layout.mainUserId}
          streamType={layout.mainStreamType}
          onChange={(mainUserId, mainStreamType) => set({ mainUserId, mainStreamType })}
        />
      ) : null}
      {layout.template === "screenShare" ? (
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
      {layout.template === "floating" || layout.template === "grid" || layout.template === "screenShare" ? (
        <VideoUsersField
          idPrefix={idPrefix}
          userIds={userIds}
          value={layout.mixVideoUserIds}
          onChange={(mixVideoUserIds) => set({ mixVideoUserIds })}
          errors={errors.mixVideoUserIds}
        />
      ) : null}
      {layout.template === "pictureInPicture" ? (
        <PipFields
          idPrefix={idPrefix}
          canvas={canvas}
          userIds={userIds}
          value={layout.small}
          onChange={(small) => set({ small })}
          errors={Object.values(errorsUnder(errors, "small")).flat()}
        />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${idPrefix}-render-mode`}>Render mode</Label>
          <Select
            id={`${idPrefix}-render-mode`}
            value={layout.renderMode}
            onChange={(event) => set({ renderMode: event.target.value as MixLayout["renderMode"] })}
          >
            <option value="default">The template&apos;s default</option>
            {TILE_FITS.map((fit) => (
              <option key={fit} value={fit}>
                {FIT_LABELS[fit]}
              </option>
            ))}
          </Select>
          {layout.template === "custom" ? (
            <p className="text-xs text-muted-foreground">The custom template uses each tile&apos;s own fit.</p>
          ) : null}
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${idPrefix}-background`}>Background colour</Label>
          <input
            id={`${idPrefix}-background`}
            type="color"
            value={layout.backgroundColor}
            onChange={(event) => set({ backgroundColor: event.target.value })}
            className="h-9 w-20 rounded-md border bg-card"
          />
          <FieldError id={`${idPrefix}-background-error`} messages={errors.backgroundColor} />
        </div>
      </div>
      {layout.template === "custom" ? (
        <CustomLayoutEditor
          idPrefix={idPrefix}
          canvas={canvas}
          slots={layout.slots}
          onChange={(slots) => set({ slots })}
          userIds={userIds}
          fits={TILE_FITS}
          maxSlots={MCU_MAX_TILES}
          errors={errorsUnder(errors, "slots")}
        />
      ) : null}
      <LayoutPreview tiles={picture.tiles} canvas={canvas} backgroundColor={layout.backgroundColor} />
    </div>
  );
}
