import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import type { Canvas } from "./editor-operations";
import { toPresetSlots } from "./editor-output";
import { MCU_RENDER_MODE } from "./render-modes";
import { LAYOUT_TEMPLATES, type LayoutRequest } from "@shared/layouts/types";

/**
 * What compute-layout takes for a form's layout: the preview draws exactly what the local cloud's
 * mixer will, since both run computeMcuPicture on the same request.
 */
export function toMcuLayoutRequest(layout: RecordingLayout, canvas: Canvas): LayoutRequest {
  return {
    template: LAYOUT_TEMPLATES[layout.template],
    canvas,
    ...(layout.mainUserId ? { mainUserId: layout.mainUserId } : {}),
    mainStreamType: layout.mainStreamType,
    mainRightAlign: layout.mainRightAlign,
    ...(layout.mixVideoUserIds.length > 0 ? { mixVideoUserIds: layout.mixVideoUserIds } : {}),
    ...(layout.template === "pictureInPicture" && layout.small ? { small: layout.small } : {}),
    ...(layout.template === "custom" ? { presets: toPresetSlots(layout.slots) } : {}),
    ...(layout.renderMode !== "default" ? { renderMode: MCU_RENDER_MODE[layout.renderMode] } : {}),
  };
}
