import { assignSlots } from "./assign-slots";
import { tileOf, type Box } from "./tile";
import {
  LAYOUT_TEMPLATES,
  MCU_RENDER_FIT,
  inputKey,
  type LayoutRequest,
  type MixInput,
  type MixPicture,
  type RenderMode,
  type Tile,
} from "./types";

/**
 * The picture TRTC's templates draw for the room's current publishers (reference §2.1). The docs
 * describe the templates in words; the exact sizes below are this project's reading of them, shared
 * by the console's preview and the local cloud's mixer so that both draw the same picture.
 */
const MAX_TILES = 16;
/** The MCU's RenderMode names a fit; a tile of its templates is never see-through. */
const tile = (input: MixInput, box: Box, zOrder: number, renderMode: RenderMode): Tile =>
  tileOf(input, box, zOrder, MCU_RENDER_FIT[renderMode]);

/** Main user first (if present), then join order; filtered to who gets a tile. */
function ordered(inputs: MixInput[], request: LayoutRequest, audioOnlyTakesTile: boolean): MixInput[] {
  const allowed = request.mixVideoUserIds?.length ? new Set(request.mixVideoUserIds) : null;
  const visible = inputs.filter(
    (input) => (!allowed || allowed.has(input.userId)) && (input.hasVideo || audioOnlyTakesTile),
  );
  const isMain = (input: MixInput) =>
    input.userId === request.mainUserId && (request.mainStreamType ?? 0) === input.streamType;
  const main = visible.find(isMain);
  return (main ? [main, ...visible.filter((input) => input !== main)] : visible).slice(0, MAX_TILES);
}

function holdsPlace(request: LayoutRequest, templateDefault: boolean): boolean {
  return request.pureAudioHoldPlace === 1 ? true : request.pureAudioHoldPlace === 2 ? false : templateDefault;
}

/** Equal tiles, rows filled left to right; an incomplete last row is centred. */
function grid(inputs: MixInput[], request: LayoutRequest): Tile[] {
  const list = ordered(inputs, request, holdsPlace(request, true));
  const { width, height } = request.canvas;
  const columns = Math.ceil(Math.sqrt(list.length));
  const rows = Math.ceil(list.length / columns);
  const cellWidth = width / Math.max(columns, 1);
  const cellHeight = height / Math.max(rows, 1);
  return list.map((input, index) => {
    const row = Math.floor(index / columns);
    const inRow = row === rows - 1 ? list.length - row * columns : columns;
    const offset = ((columns - inRow) * cellWidth) / 2;
    const column = index % columns;
    return tile(
      input,
      { x: offset + column * cellWidth, y: row * cellHeight, width: cellWidth, height: cellHeight },
      0,
      request.renderMode ?? 0,
    );
  });
}

/** The first fills the canvas; up to 15 small tiles from the bottom left, 4 a row, rows upwards. */
function floating(inputs: MixInput[], request: LayoutRequest): Tile[] {
  const [main, ...others] = ordered(inputs, request, holdsPlace(request, true));
  if (!main) return [];
  const { width, height } = request.canvas;
  const gap = width / 40;
  const smallWidth = width / 5;
  const smallHeight = height / 5;
  const tiles = [tile(main, { x: 0, y: 0, width, height }, 0, request.renderMode ?? 0)];
  others.slice(0, 15).forEach((input, index) => {
    const row = Math.floor(index / 4);
    const column = index % 4;
    const box = {
      x: gap + column * (smallWidth + gap),
      y: height - (row + 1) * (smallHeight + gap),
      width: smallWidth,
      height: smallHeight,
    };
    tiles.push(tile(input, box, 1, request.renderMode ?? 0));
  });
  return tiles;
}

/** A big picture (scaled) beside up to 2 columns of 8 small tiles (cropped). */
function screenShare(inputs: MixInput[], request: LayoutRequest): Tile[] {
  const [main, ...others] = ordered(inputs, request, holdsPlace(request, false));
  if (!main) return [];
  const { width, height } = request.canvas;
  const smalls = others.slice(0, 15);
  const columns = smalls.length > 8 ? 2 : smalls.length > 0 ? 1 : 0;
  const smallWidth = width / 5;
  const smallHeight = height / 8;
  const bigWidth = width - columns * smallWidth;
  const rightAlign = Boolean(request.mainRightAlign);
  const tiles = [
    tile(main, { x: rightAlign ? width - bigWidth : 0, y: 0, width: bigWidth, height }, 0, request.renderMode ?? 1),
  ];
  smalls.forEach((input, index) => {
    const column = Math.floor(index / 8);
    const row = index % 8;
    const x = rightAlign ? column * smallWidth : bigWidth + column * smallWidth;
    tiles.push(
      tile(input, { x, y: row * smallHeight, width: smallWidth, height: smallHeight }, 0, request.renderMode ?? 0),
    );
  });
  return tiles;
}

/** One big picture and one small picture on top of it; everyone else is audio only. */
function pictureInPicture(inputs: MixInput[], request: LayoutRequest): Tile[] {
  const [main] = ordered(inputs, { ...request, mixVideoUserIds: undefined }, false);
  if (!main) return [];
  const { width, height } = request.canvas;
  const tiles = [tile(main, { x: 0, y: 0, width, height }, 0, request.renderMode ?? 0)];
  const small = request.small
    ? inputs.find((input) => input.userId === request.small?.userId && input.streamType === request.small.streamType)
    : inputs.find((input) => input !== main && input.hasVideo);
  if (small && small !== main) {
    const box = request.small ?? { x: width * 0.7, y: height * 0.7, width: width / 4, height: height / 4 };
    tiles.push(tile(small, box, 1, request.renderMode ?? 0));
  }
  return tiles;
}

/** Preset slots; nobody beyond the slots, and audio-only slots (MixInputType 2) draw nothing. */
function custom(inputs: MixInput[], request: LayoutRequest): Tile[] {
  return assignSlots(inputs, request.presets ?? [])
    .filter(({ slot }) => slot.mixInputType !== 2)
    .map(({ slot, input }) => tile(input, slot, slot.zOrder ?? 0, slot.renderMode ?? 0));
}

const BY_TEMPLATE = [floating, grid, screenShare, pictureInPicture, custom] as const;

/** The tiles of the picture, sorted bottom layer first. */
export function computeLayout(inputs: MixInput[], request: LayoutRequest): Tile[] {
  const draw = BY_TEMPLATE[request.template];
  return draw(inputs, request).sort((a, b) => a.zOrder - b.zOrder);
}

/**
 * Whose audio the MCU mixes: everyone's, except with the custom template, where only the users in
 * its slots are heard (and not those of video-only slots, MixInputType 1).
 */
export function computeMcuPicture(inputs: MixInput[], request: LayoutRequest): MixPicture {
  const tiles = computeLayout(inputs, request);
  const audible =
    request.template === LAYOUT_TEMPLATES.custom
      ? assignSlots(inputs, request.presets ?? [])
          .filter(({ slot }) => slot.mixInputType !== 1)
          .map(({ input }) => inputKey(input))
      : inputs.map(inputKey);
  return { tiles, audible };
}
