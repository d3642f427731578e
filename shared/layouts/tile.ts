import type { MixInput, Tile, TileFit } from "./types";

/** A rectangle on the canvas, in output pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Encoders want even sizes; a tile is never smaller than 2 px. */
export const even = (value: number) => Math.max(2, Math.floor(value / 2) * 2);

/** One input's picture in a box: whole-pixel place, even size, a placeholder while it sends no video. */
export function tileOf(input: MixInput, box: Box, zOrder: number, fit: TileFit, alpha = 0): Tile {
  return {
    userId: input.userId,
    streamType: input.streamType,
    x: Math.round(box.x),
    y: Math.round(box.y),
    width: even(box.width),
    height: even(box.height),
    zOrder,
    fit,
    alpha,
    isPlaceholder: !input.hasVideo,
  };
}
