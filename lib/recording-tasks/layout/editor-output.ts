import type { EditorSlot } from "./editor-operations";
import { MCU_RENDER_MODE, TASK_RENDER_MODE } from "./render-modes";
import type { TaskSlot } from "@shared/layouts/task-layout-types";
import type { PresetSlot } from "@shared/layouts/types";

/**
 * Slots bottom layer first, their layers renumbered 0…n-1: the APIs only compare layers, and the
 * MCU accepts ZOrder 0–15, which 16 slots (its maximum) then always fit.
 */
function layered(slots: readonly EditorSlot[]): EditorSlot[] {
  return [...slots].sort((a, b) => a.zOrder - b.zOrder).map((slot, index) => ({ ...slot, zOrder: index }));
}

/** The custom template's slots as compute-layout takes them (the preview and the local cloud's mixer). */
export function toPresetSlots(slots: readonly EditorSlot[]): PresetSlot[] {
  return layered(slots).map((slot) => ({
    ...(slot.userId ? { userId: slot.userId } : {}),
    streamType: slot.streamType,
    x: slot.x,
    y: slot.y,
    width: slot.width,
    height: slot.height,
    zOrder: slot.zOrder,
    renderMode: MCU_RENDER_MODE[slot.fit],
  }));
}

/** The custom mode's slots as compute-task-layout takes them. */
export function toTaskSlots(slots: readonly EditorSlot[]): TaskSlot[] {
  return layered(slots).map((slot) => ({
    ...(slot.userId ? { userId: slot.userId } : {}),
    streamType: slot.streamType,
    x: slot.x,
    y: slot.y,
    width: slot.width,
    height: slot.height,
    zOrder: slot.zOrder,
    renderMode: TASK_RENDER_MODE[slot.fit],
  }));
}
