"use client";
import { useTranslations } from "next-intl";
import { CustomLayoutEditor } from "@/components/recording-tasks/layout/custom-layout-editor";
import { errorsUnder } from "@/components/recording-tasks/layout/flat-errors";
import { LayoutPreview } from "@/components/recording-tasks/layout/layout-preview";
import { TemplatePicker } from "@/components/recording-tasks/layout/template-picker";
import { FieldError } from "@/components/ui/field-error";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { slotsFromTiles, type Canvas } from "@/lib/recording-tasks/layout/editor-operations";
import {
  hasMainUser,
  hasVideoUsers,
  LAYOUT_API_RULES,
  LAYOUT_TEMPLATE_LABELS,
  type LayoutTemplateName,
  type MixApi,
} from "@/lib/recording-tasks/layout/layout-apis";
import { previewPicture } from "@/lib/recording-tasks/layout/preview-picture";
import { FIT_LABELS, TILE_FITS } from "@/lib/recording-tasks/layout/render-modes";
import type { MixInput, StreamType } from "@shared/layouts/types";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import type { Subscription } from "@/lib/schemas/task";
import { MainUserFields } from "./main-user-fields";
import { PipFields } from "./pip-fields";
import { VideoUsersField } from "./video-users-field";

/** Picture-in-picture's first small picture: the second user, a quarter of the canvas, bottom right. */
function firstSmallPicture(userIds: string[], canvas: Canvas): RecordingLayout["small"] {
  const userId = userIds[1] ?? userIds[0] ?? "";
  if (!userId) return null;
  return {
    userId,
    streamType: 0 as StreamType,
    x: Math.round(canvas.width * 0.7),
    y: Math.round(canvas.height * 0.7),
    width: Math.round(canvas.width / 4),
    height: Math.round(canvas.height / 4),
  };
}

/**
 * The one layout editor, for either API (lib/recording-tasks/layout/layout-apis.ts says what each
 * has), with a live schematic of the picture the room's users make now. Controlled: the start
 * form, the re-layout of a running mix and the modify form of a running task all hold the value.
 */
export function LayoutFields({
  api,
  layout,
  onChange,
  canvas,
  inputs,
  subscription = null,
  errors,
  idPrefix,
}: {
  api: MixApi;
  layout: RecordingLayout;
  onChange: (layout: RecordingLayout) => void;
  canvas: Canvas;
  /** Everyone publishing in the room, in join order. */
  inputs: MixInput[];
  /** A task's subscription: the preview shows only whom it admits. */
  subscription?: Subscription | null;
  /** Flat field errors relative to the layout (`slots.0.width`, `small`). */
  errors: Record<string, string[]>;
  idPrefix: string;
}) {
  const t = useTranslations("recordingTasks.layout");
  const messageText = useMessageText();
  const rules = LAYOUT_API_RULES[api];
  const picture = previewPicture(api, layout, canvas, inputs, subscription);
  // A user publishing both a camera and a screen share is two inputs but one choice.
  const userIds = [...new Set(inputs.map((input) => input.userId))];
  const set = (patch: Partial<RecordingLayout>) => onChange({ ...layout, ...patch });
  const options = rules.templates.map((value) => ({
    value,
    label: messageText(LAYOUT_TEMPLATE_LABELS[value]),
    description: messageText(rules.descriptions[value] ?? ""),
  }));

  function handleTemplate(template: LayoutTemplateName) {
    // The editor starts from the picture on screen, not from an empty canvas.
    const slots =
      template === "custom" && layout.slots.length === 0 ? slotsFromTiles(picture.tiles, canvas) : layout.slots;
    const small = template === "pictureInPicture" && !layout.small ? firstSmallPicture(userIds, canvas) : layout.small;
    set({ template, slots, small });
  }

  const isCustom = layout.template === "custom";
  const showsRenderMode = !isCustom || rules.renderModeForCustom;
  return (
    <div className="flex flex-col gap-4">
      <TemplatePicker
        name={`${idPrefix}-template`}
        legend={t("template")}
        options={options}
        value={layout.template}
        onChange={handleTemplate}
      />
      {hasMainUser(api, layout.template) ? (
        <MainUserFields
          idPrefix={idPrefix}
          userIds={userIds}
          userId={layout.mainUserId}
          streamType={layout.mainStreamType}
          onChange={(mainUserId, mainStreamType) => set({ mainUserId, mainStreamType })}
        />
      ) : null}
      {layout.template === "screenShare" ? (
        <CheckboxField checked={layout.mainRightAlign} onChange={(mainRightAlign) => set({ mainRightAlign })}>
          {t("rightAlign")}
        </CheckboxField>
      ) : null}
      {hasVideoUsers(api, layout.template) ? (
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
        {showsRenderMode ? (
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${idPrefix}-render-mode`}>{t("renderMode")}</Label>
            <Select
              id={`${idPrefix}-render-mode`}
              value={layout.renderMode}
              onChange={(event) => set({ renderMode: event.target.value as RecordingLayout["renderMode"] })}
            >
              <option value="default">{messageText(rules.defaultFitLabel)}</option>
              {TILE_FITS.map((fit) => (
                <option key={fit} value={fit}>
                  {messageText(FIT_LABELS[fit])}
                </option>
              ))}
            </Select>
            {isCustom ? <p className="text-xs text-muted-foreground">{t("customUsesTileFit")}</p> : null}
          </div>
        ) : null}
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${idPrefix}-background`}>{t("background")}</Label>
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
      {rules.hasPureAudioOption && !isCustom ? (
        <CheckboxField
          checked={layout.pureAudioDisableLayout}
          onChange={(pureAudioDisableLayout) => set({ pureAudioDisableLayout })}
        >
          {t("pureAudio")}
        </CheckboxField>
      ) : null}
      {isCustom ? (
        <CustomLayoutEditor
          idPrefix={idPrefix}
          canvas={canvas}
          slots={layout.slots}
          onChange={(slots) => set({ slots })}
          userIds={userIds}
          fits={TILE_FITS}
          maxSlots={rules.maxTiles}
          errors={errorsUnder(errors, "slots")}
        />
      ) : null}
      <LayoutPreview tiles={picture.tiles} canvas={canvas} backgroundColor={layout.backgroundColor} />
    </div>
  );
}
