import type { PresetSlot, RenderMode, StreamType } from "./types";

/** A slot being edited: a PresetLayoutConfig entry with an id for the editor. */
export interface EditorSlot {
  id: string;
  userId: string | null;
  streamType: StreamType;
  x: number;
  y: number;
  width: number;
  height: number;
  zOrder: number;
  renderMode: RenderMode;
}

export interface Canvas {
  width: number;
  height: number;
}

/** Distance in output pixels within which an edge snaps to the canvas or another slot. */
export const SNAP_DISTANCE = 12;
export const MIN_SLOT_SIZE = 32;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** Edges a moving edge may snap to: the canvas's and every other slot's. */
function snapTargets(slots: EditorSlot[], movingId: string, canvas: Canvas): { xs: number[]; ys: number[] } {
  const others = slots.filter((slot) => slot.id !== movingId);
  return {
    xs: [0, canvas.width, ...others.flatMap((slot) => [slot.x, slot.x + slot.width])],
    ys: [0, canvas.height, ...others.flatMap((slot) => [slot.y, slot.y + slot.height])],
  };
}

/** The nearest target within SNAP_DISTANCE of any of `edges`, as the shift to apply; 0 if none. */
function snapShift(edges: number[], targets: number[]): number {
  let best = 0;
  let bestDistance = SNAP_DISTANCE + 1;
  for (const edge of edges) {
    for (const target of targets) {
      const distance = Math.abs(target - edge);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = target - edge;
      }
    }
  }
  return bestDistance <= SNAP_DISTANCE ? best : 0;
}

/** Moves a slot, snapping its edges and never leaving the canvas. */
export function moveSlot(
  slots: EditorSlot[],
  id: string,
  dx: number,
  dy: number,
  canvas: Canvas,
  snap = true,
): EditorSlot[] {
  return slots.map((slot) => {
    if (slot.id !== id) return slot;
    let x = slot.x + dx;
    let y = slot.y + dy;
    if (snap) {
      const targets = snapTargets(slots, id, canvas);
      x += snapShift([x, x + slot.width], targets.xs);
      y += snapShift([y, y + slot.height], targets.ys);
    }
    return {
      ...slot,
      x: Math.round(clamp(x, 0, canvas.width - slot.width)),
      y: Math.round(clamp(y, 0, canvas.height - slot.height)),
    };
  });
}

/** Resizes from the bottom-right corner, snapping that corner and never leaving the canvas. */
export function resizeSlot(
  slots: EditorSlot[],
  id: string,
  dw: number,
  dh: number,
  canvas: Canvas,
  snap = true,
): EditorSlot[] {
  return slots.map((slot) => {
    if (slot.id !== id) return slot;
    let right = slot.x + slot.width + dw;
    let bottom = slot.y + slot.height + dh;
    if (snap) {
      const targets = snapTargets(slots, id, canvas);
      right += snapShift([right], targets.xs);
      bottom += snapShift([bottom], targets.ys);
    }
    const width = clamp(right - slot.x, MIN_SLOT_SIZE, canvas.width - slot.x);
    const height = clamp(bottom - slot.y, MIN_SLOT_SIZE, canvas.height - slot.y);
    return { ...slot, width: Math.round(width), height: Math.round(height) };
  });
}

/** Puts a slot one layer up or down, swapping with the slot it passes. */
export function restack(slots: EditorSlot[], id: string, direction: 1 | -1): EditorSlot[] {
  const order = [...slots].sort((a, b) => a.zOrder - b.zOrder);
  const index = order.findIndex((slot) => slot.id === id);
  const swapWith = order[index + direction];
  const moving = order[index];
  if (!moving || !swapWith) return slots;
  order[index] = swapWith;
  order[index + direction] = moving;
  const layer = new Map(order.map((slot, position) => [slot.id, position]));
  return slots.map((slot) => ({ ...slot, zOrder: layer.get(slot.id) ?? slot.zOrder }));
}

/** A new slot in the top-left free-ish area, on top of the others. */
export function addSlot(slots: EditorSlot[], canvas: Canvas, id: string): EditorSlot[] {
  const width = Math.round(canvas.width / 3);
  const height = Math.round(canvas.height / 3);
  const offset = (slots.length * 24) % Math.max(1, canvas.height - height);
  const zOrder = slots.reduce((top, slot) => Math.max(top, slot.zOrder + 1), 0);
  return [...slots, { id, userId: null, streamType: 0, x: offset, y: offset, width, height, zOrder, renderMode: 0 }];
}

/** What TRTC's custom template takes (PresetLayoutConfig), in output pixels. */
export function toPresetSlots(slots: EditorSlot[]): PresetSlot[] {
  return [...slots]
    .sort((a, b) => a.zOrder - b.zOrder)
    .map((slot) => ({
      ...(slot.userId ? { userId: slot.userId } : {}),
      streamType: slot.streamType,
      x: slot.x,
      y: slot.y,
      width: slot.width,
      height: slot.height,
      zOrder: slot.zOrder,
      renderMode: slot.renderMode,
    }));
}
