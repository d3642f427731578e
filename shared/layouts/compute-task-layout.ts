import { assignSlots } from "./assign-slots";
import { tileOf } from "./tile";
import { TASK_LAYOUT_MODES, type TaskLayoutRequest, type TaskRenderMode } from "./task-layout-types";
import { inputKey, type MixInput, type MixPicture, type Tile, type TileFit } from "./types";

/**
 * The picture CreateCloudRecording's templates draw (reference §2.2, from TRTC's cloud-recording
 * guide, which gives these in fractions of the canvas). Shared by the console's preview and the
 * local cloud's mixer, like compute-layout.ts for the MCU.
 */
const MAX_PICTURES = 25;
const TASK_RENDER_FIT: Record<TaskRenderMode, TileFit> = { 0: "stretch", 1: "crop", 2: "fit", 3: "crop" };
const templateFit = (request: TaskLayoutRequest) => TASK_RENDER_FIT[request.renderMode ?? 1];
const isMain = (request: TaskLayoutRequest) => (input: MixInput) =>
  input.userId === request.mainUserId && (request.mainStreamType ?? 0) === input.streamType;

/** Who gets a picture, in join order: audio-only users too unless PureAudioDisableLayout. */
function pictured(inputs: MixInput[], request: TaskLayoutRequest): MixInput[] {
  return inputs.filter((input) => input.hasVideo || !request.pureAudioDisableLayout).slice(0, MAX_PICTURES);
}

/** The big picture fills the canvas; small ones from the bottom left, 4 a row (5 above 17 pictures). */
function floating(inputs: MixInput[], request: TaskLayoutRequest): Tile[] {
  const list = pictured(inputs, request);
  const main = list.find(isMain(request)) ?? list[0];
  if (!main) return [];
  const { width, height } = request.canvas;
  const others = list.filter((input) => input !== main);
  const isCrowded = list.length > 17;
  const perRow = isCrowded ? 5 : 4;
  const size = isCrowded ? 0.188 : 0.235;
  const gap = isCrowded ? 0.01 : 0.012;
  const fit = templateFit(request);
  const tiles = [tileOf(main, { x: 0, y: 0, width, height }, 0, fit)];
  others.forEach((input, index) => {
    const row = Math.floor(index / perRow);
    const column = index % perRow;
    tiles.push(
      tileOf(
        input,
        {
          x: width * (gap + column * (size + gap)),
          y: height * (1 - (row + 1) * (size + gap)),
          width: width * size,
          height: height * size,
        },
        1,
        fit,
      ),
    );
  });
  return tiles;
}

/** Small-tile size (fractions of W and H), big picture width, and columns, by number of pictures (big one included). */
function screenShareGrid(pictures: number): { small: [number, number]; bigWidth: number; columns: number } {
  if (pictures <= 5) return { small: [1 / 5, 1 / 4], bigWidth: 4 / 5, columns: 1 };
  if (pictures <= 7) return { small: [1 / 7, 1 / 6], bigWidth: 6 / 7, columns: 1 };
  if (pictures <= 9) return { small: [1 / 9, 1 / 8], bigWidth: 8 / 9, columns: 1 };
  return { small: [1 / 10, 1 / 8], bigWidth: 4 / 5, columns: 2 };
}

/**
 * The big picture on the left (empty background without MaxResolutionUserId), small ones stacked
 * on the right; above 17 pictures the extra ones run along the bottom under a 7/8-high big picture.
 */
function screenShare(inputs: MixInput[], request: TaskLayoutRequest): Tile[] {
  const list = pictured(inputs, request);
  const main = list.find(isMain(request));
  const smalls = list.filter((input) => input !== main);
  const { width, height } = request.canvas;
  const layout = screenShareGrid(smalls.length + 1);
  const [smallW, smallH] = layout.small;
  const perColumn = Math.round(1 / smallH);
  const inColumns = smalls.slice(0, perColumn * layout.columns);
  const alongBottom = smalls.slice(inColumns.length);
  const bigWidth = width * layout.bigWidth;
  const bigHeight = alongBottom.length > 0 ? height * (7 / 8) : height;
  const isRight = Boolean(request.mainRightAlign);
  const fit = templateFit(request);
  const tiles: Tile[] = [];
  // TRTC scales the shared screen into its place rather than cutting it.
  if (main)
    tiles.push(tileOf(main, { x: isRight ? width - bigWidth : 0, y: 0, width: bigWidth, height: bigHeight }, 0, "fit"));
  const columnsLeft = isRight ? 0 : bigWidth;
  inColumns.forEach((input, index) => {
    const column = Math.floor(index / perColumn);
    const row = index % perColumn;
    const box = {
      x: columnsLeft + column * width * smallW,
      y: row * height * smallH,
      width: width * smallW,
      height: height * smallH,
    };
    tiles.push(tileOf(input, box, 0, fit));
  });
  alongBottom.forEach((input, index) => {
    const box = { x: index * width * smallW, y: height * (7 / 8), width: width * smallW, height: height / 8 };
    tiles.push(tileOf(input, box, 0, fit));
  });
  return tiles;
}

/** Equal tiles: 1 fills the canvas, 2 side by side, then 1/2, 1/3, 1/4, 1/5 of W and H; rows centred. */
function grid(inputs: MixInput[], request: TaskLayoutRequest): Tile[] {
  const list = pictured(inputs, request);
  const { width, height } = request.canvas;
  const fit = templateFit(request);
  if (list.length === 1 && list[0]) return [tileOf(list[0], { x: 0, y: 0, width, height }, 0, fit)];
  if (list.length === 2)
    return list.map((input, index) =>
      tileOf(input, { x: (index * width) / 2, y: 0, width: width / 2, height }, 0, fit),
    );
  const perRow = list.length <= 4 ? 2 : list.length <= 9 ? 3 : list.length <= 16 ? 4 : 5;
  const cellW = width / perRow;
  const cellH = height / perRow;
  const rows = Math.ceil(list.length / perRow);
  const top = (height - rows * cellH) / 2;
  return list.map((input, index) => {
    const row = Math.floor(index / perRow);
    const inRow = row === rows - 1 ? list.length - row * perRow : perRow;
    const left = ((perRow - inRow) * cellW) / 2;
    return tileOf(
      input,
      { x: left + (index % perRow) * cellW, y: top + row * cellH, width: cellW, height: cellH },
      0,
      fit,
    );
  });
}

function custom(inputs: MixInput[], request: TaskLayoutRequest): Tile[] {
  return assignSlots(inputs, (request.slots ?? []).slice(0, MAX_PICTURES)).map(({ slot, input }) =>
    tileOf(input, slot, slot.zOrder ?? 0, TASK_RENDER_FIT[slot.renderMode ?? 1], slot.alpha ?? 0),
  );
}

const BY_MODE = {
  [TASK_LAYOUT_MODES.floating]: floating,
  [TASK_LAYOUT_MODES.screenShare]: screenShare,
  [TASK_LAYOUT_MODES.grid]: grid,
  [TASK_LAYOUT_MODES.custom]: custom,
} as const;

/**
 * A task's mixed picture, bottom layer first. Every subscribed user is heard; the custom mode draws
 * only its slots.
 */
export function computeTaskPicture(inputs: MixInput[], request: TaskLayoutRequest): MixPicture {
  const tiles = BY_MODE[request.mode](inputs, request).sort((a, b) => a.zOrder - b.zOrder);
  return { tiles, audible: inputs.map(inputKey) };
}
