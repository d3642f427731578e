import type { StreamType, Tile, TileFit } from "@shared/layouts/types";

/**
 * A tile being edited, in output pixels: one PresetLayoutConfig (MCU) or MixLayoutList (task)
 * entry, with an id for the editor. `fit` is API-neutral; editor-output.ts numbers it per API.
 */
export interface EditorSlot {
  id: string;
  /** Null: the slot takes the next user to join (the API's UserId left out). */
  userId: string | null;
  streamType: StreamType;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher is drawn on top. */
  zOrder: number;
  fit: TileFit;
}

export interface Canvas {
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Distance in output pixels within which an edge snaps to the canvas or another slot. */
export const SNAP_DISTANCE = 12;
export const MIN_SLOT_SIZE = 32;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
/** The smallest a slot may be on this canvas (a tiny canvas cannot hold 32 px). */
const minSize = (extent: number) => Math.min(MIN_SLOT_SIZE, extent);

/** Any box forced inside the canvas, at least the minimum size, whole pixels. */
export function clampBox(box: Box, canvas: Canvas): Box {
  const width = Math.round(clamp(box.width, minSize(canvas.width), canvas.width));
  const height = Math.round(clamp(box.height, minSize(canvas.height), canvas.height));
  return {
    x: Math.round(clamp(box.x, 0, canvas.width - width)),
    y: Math.round(clamp(box.y, 0, canvas.height - height)),
    width,
    height,
  };
}

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

const update = (slots: EditorSlot[], id: string, change: (slot: EditorSlot) => EditorSlot) =>
  slots.map((slot) => (slot.id === id ? change(slot) : slot));

/** Moves a slot, snapping its edges and never leaving the canvas. */
export function moveSlot(
  slots: EditorSlot[],
  id: string,
  dx: number,
  dy: number,
  canvas: Canvas,
  snap = true,
): EditorSlot[] {
  return update(slots, id, (slot) => {
    let x = slot.x + dx;
    let y = slot.y + dy;
    if (snap) {
      const targets = snapTargets(slots, id, canvas);
      x += snapShift([x, x + slot.width], targets.xs);
      y += snapShift([y, y + slot.height], targets.ys);
    }
    return { ...slot, ...clampBox({ ...slot, x, y }, canvas) };
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
  return update(slots, id, (slot) => {
    let right = slot.x + slot.width + dw;
    let bottom = slot.y + slot.height + dh;
    if (snap) {
      const targets = snapTargets(slots, id, canvas);
      right += snapShift([right], targets.xs);
      bottom += snapShift([bottom], targets.ys);
    }
    const width = clamp(right - slot.x, minSize(canvas.width), canvas.width - slot.x);
    const height = clamp(bottom - slot.y, minSize(canvas.height), canvas.height - slot.y);
    return { ...slot, width: Math.round(width), height: Math.round(height) };
  });
}

/**
 * Sets a slot's box from typed numbers. Position wins over size: a width that would cross the
 * right edge is cut to fit, so what the person typed as X stays.
 */
export function setSlotBox(slots: EditorSlot[], id: string, box: Partial<Box>, canvas: Canvas): EditorSlot[] {
  return update(slots, id, (slot) => {
    const next = { ...slot, ...box };
    const x = Math.round(clamp(next.x, 0, canvas.width - minSize(canvas.width)));
    const y = Math.round(clamp(next.y, 0, canvas.height - minSize(canvas.height)));
    return {
      ...slot,
      x,
      y,
      width: Math.round(clamp(next.width, minSize(canvas.width), canvas.width - x)),
      height: Math.round(clamp(next.height, minSize(canvas.height), canvas.height - y)),
    };
  });
}

/** Puts a slot one layer up or down, swapping with the slot it passes; layers become 0…n-1. */
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

/** A new slot, a third of the canvas, stepped down-right from the last one, on top of the others. */
export function addSlot(slots: EditorSlot[], canvas: Canvas, id: string): EditorSlot[] {
  const width = Math.round(canvas.width / 3);
  const height = Math.round(canvas.height / 3);
  const offset = (slots.length * 24) % Math.max(1, canvas.height - height);
  const zOrder = slots.reduce((top, slot) => Math.max(top, slot.zOrder + 1), 0);
  const box = clampBox({ x: offset, y: offset, width, height }, canvas);
  return [...slots, { id, userId: null, streamType: 0, ...box, zOrder, fit: "crop" }];
}

export function removeSlot(slots: EditorSlot[], id: string): EditorSlot[] {
  return slots.filter((slot) => slot.id !== id);
}

/** The same layout on another canvas (the output size changed): every box scaled, kept inside. */
export function rescaleSlots(slots: EditorSlot[], from: Canvas, to: Canvas): EditorSlot[] {
  if (from.width === to.width && from.height === to.height) return slots;
  const sx = to.width / from.width;
  const sy = to.height / from.height;
  return slots.map((slot) => ({
    ...slot,
    ...clampBox({ x: slot.x * sx, y: slot.y * sy, width: slot.width * sx, height: slot.height * sy }, to),
  }));
}

/**
 * Slots that draw what a template drew (its tiles, pinned to their users), so that switching to
 * the custom layout starts from the picture on screen rather than from nothing.
 */
export function slotsFromTiles(tiles: Tile[], canvas: Canvas): EditorSlot[] {
  return tiles.map((tile, index) => ({
    id: `slot-${index + 1}`,
    userId: tile.userId,
    streamType: tile.streamType,
    ...clampBox(tile, canvas),
    zOrder: index,
    fit: tile.fit,
  }));
}
