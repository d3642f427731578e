import { describe, expect, it } from "vitest";
import { computeTaskPicture } from "./compute-task-layout";
import { TASK_LAYOUT_MODES, type TaskLayoutMode } from "./task-layout-types";
import type { MixInput, Tile } from "./types";

const canvas = { width: 1280, height: 720 };
const users = (count: number): MixInput[] =>
  Array.from({ length: count }, (_, index) => ({ userId: `u${index + 1}`, streamType: 0, hasVideo: true }));
const box = ({ userId, x, y, width, height }: Tile) => ({ userId, x, y, width, height });
const tilesOf = (count: number, request: Omit<Parameters<typeof computeTaskPicture>[1], "canvas">) =>
  computeTaskPicture(users(count), { canvas, ...request }).tiles;

describe("computeTaskPicture: floating (MixLayoutMode 1)", () => {
  it("up to 17 pictures: the first joiner fills the canvas, small tiles 23.5 % with 1.2 % gaps from the bottom left", () => {
    const tiles = tilesOf(3, { mode: TASK_LAYOUT_MODES.floating });
    expect(tiles.map(box)).toEqual([
      { userId: "u1", x: 0, y: 0, width: 1280, height: 720 },
      // x = 1.2 % of 1280, y = 720 × (1 − 24.7 %); 23.5 % of 1280 × 720 = 300.8 × 169.2, evened down.
      { userId: "u2", x: 15, y: 542, width: 300, height: 168 },
      { userId: "u3", x: 332, y: 542, width: 300, height: 168 },
    ]);
    expect(tiles[1]).toMatchObject({ zOrder: 1, fit: "crop" });
  });

  it("MaxResolutionUserId takes the big picture", () => {
    const tiles = tilesOf(3, { mode: TASK_LAYOUT_MODES.floating, mainUserId: "u3" });
    expect(tiles[0]).toMatchObject({ userId: "u3", width: 1280, height: 720 });
    expect(tiles.slice(1).map((tile) => tile.userId)).toEqual(["u1", "u2"]);
  });

  it("above 17 pictures: 5 a row at 18.8 % with 1 % gaps, rows going up", () => {
    const tiles = tilesOf(18, { mode: TASK_LAYOUT_MODES.floating });
    expect(tiles).toHaveLength(18);
    expect(box(tiles[1] as Tile)).toEqual({ userId: "u2", x: 13, y: 577, width: 240, height: 134 });
    expect(tiles[6]).toMatchObject({ userId: "u7", x: 13, y: 435 });
    expect(tiles[17]).toMatchObject({ userId: "u18", y: 150 });
  });
});

describe("computeTaskPicture: screen share (MixLayoutMode 2)", () => {
  it("up to 5 pictures: the big picture 4/5 wide on the left, small ones 1/5 × 1/4 on the right", () => {
    const tiles = tilesOf(3, { mode: TASK_LAYOUT_MODES.screenShare, mainUserId: "u1" });
    expect(tiles.map(box)).toEqual([
      { userId: "u1", x: 0, y: 0, width: 1024, height: 720 },
      { userId: "u2", x: 1024, y: 0, width: 256, height: 180 },
      { userId: "u3", x: 1024, y: 180, width: 256, height: 180 },
    ]);
    expect(tiles[0]?.fit).toBe("fit");
  });

  it("without MaxResolutionUserId the big picture stays empty", () => {
    const tiles = tilesOf(3, { mode: TASK_LAYOUT_MODES.screenShare });
    expect(tiles.map((tile) => [tile.userId, tile.x])).toEqual([
      ["u1", 1024],
      ["u2", 1024],
      ["u3", 1024],
    ]);
  });

  it("6–7 pictures: small 1/7 × 1/6, big 6/7; 8–9: 1/9 × 1/8, big 8/9", () => {
    const six = tilesOf(6, { mode: TASK_LAYOUT_MODES.screenShare, mainUserId: "u1" });
    expect(box(six[0] as Tile)).toEqual({ userId: "u1", x: 0, y: 0, width: 1096, height: 720 });
    expect(box(six[1] as Tile)).toEqual({ userId: "u2", x: 1097, y: 0, width: 182, height: 120 });
    const nine = tilesOf(9, { mode: TASK_LAYOUT_MODES.screenShare, mainUserId: "u1" });
    expect(nine[0]).toMatchObject({ width: 1136 });
    expect(nine[8]).toMatchObject({ userId: "u9", x: 1138, y: 630, width: 142, height: 90 });
  });

  it("10–17 pictures: two columns of 1/10 × 1/8 beside a 4/5 big picture", () => {
    const tiles = tilesOf(10, { mode: TASK_LAYOUT_MODES.screenShare, mainUserId: "u1" });
    expect(tiles[0]).toMatchObject({ width: 1024, height: 720 });
    expect(box(tiles[8] as Tile)).toEqual({ userId: "u9", x: 1024, y: 630, width: 128, height: 90 });
    expect(box(tiles[9] as Tile)).toEqual({ userId: "u10", x: 1152, y: 0, width: 128, height: 90 });
  });

  it("above 17 pictures: the rest along the bottom under a 7/8-high big picture", () => {
    const tiles = tilesOf(18, { mode: TASK_LAYOUT_MODES.screenShare, mainUserId: "u1" });
    expect(tiles[0]).toMatchObject({ width: 1024, height: 630 });
    expect(box(tiles[17] as Tile)).toEqual({ userId: "u18", x: 0, y: 630, width: 128, height: 90 });
  });

  it("MaxResolutionUserAlign puts the big picture on the right", () => {
    const tiles = tilesOf(2, { mode: TASK_LAYOUT_MODES.screenShare, mainUserId: "u1", mainRightAlign: true });
    expect(tiles.map((tile) => [tile.userId, tile.x])).toEqual([
      ["u1", 256],
      ["u2", 0],
    ]);
  });
});

describe("computeTaskPicture: grid (MixLayoutMode 3)", () => {
  it("1 picture fills the canvas; 2 are halves side by side", () => {
    expect(tilesOf(1, { mode: TASK_LAYOUT_MODES.grid }).map(box)).toEqual([
      { userId: "u1", x: 0, y: 0, width: 1280, height: 720 },
    ]);
    expect(tilesOf(2, { mode: TASK_LAYOUT_MODES.grid }).map(box)).toEqual([
      { userId: "u1", x: 0, y: 0, width: 640, height: 720 },
      { userId: "u2", x: 640, y: 0, width: 640, height: 720 },
    ]);
  });

  it("3–4 pictures are 1/2 × 1/2, an incomplete last row centred", () => {
    expect(tilesOf(3, { mode: TASK_LAYOUT_MODES.grid }).map(box)).toEqual([
      { userId: "u1", x: 0, y: 0, width: 640, height: 360 },
      { userId: "u2", x: 640, y: 0, width: 640, height: 360 },
      { userId: "u3", x: 320, y: 360, width: 640, height: 360 },
    ]);
  });

  it("5–9 are thirds, 10–16 quarters, above 16 fifths, the rows centred vertically", () => {
    const five = tilesOf(5, { mode: TASK_LAYOUT_MODES.grid });
    expect(box(five[0] as Tile)).toEqual({ userId: "u1", x: 0, y: 120, width: 426, height: 240 });
    expect(five[3]).toMatchObject({ userId: "u4", x: 213, y: 360 });
    expect(tilesOf(10, { mode: TASK_LAYOUT_MODES.grid })[0]).toMatchObject({ width: 320, height: 180, y: 90 });
    expect(tilesOf(17, { mode: TASK_LAYOUT_MODES.grid })[0]).toMatchObject({ width: 256, height: 144, y: 72 });
  });

  it("draws 25 pictures at most", () => {
    expect(tilesOf(30, { mode: TASK_LAYOUT_MODES.grid })).toHaveLength(25);
  });

  it("audio-only users take a place unless PureAudioDisableLayout", () => {
    const inputs: MixInput[] = [...users(1), { userId: "a", streamType: 0, hasVideo: false }];
    const kept = computeTaskPicture(inputs, { mode: TASK_LAYOUT_MODES.grid, canvas }).tiles;
    expect(kept.map((tile) => [tile.userId, tile.isPlaceholder])).toEqual([
      ["u1", false],
      ["a", true],
    ]);
    const dropped = computeTaskPicture(inputs, { mode: TASK_LAYOUT_MODES.grid, canvas, pureAudioDisableLayout: true });
    expect(dropped.tiles.map((tile) => tile.userId)).toEqual(["u1"]);
    expect(dropped.audible).toEqual(["u1/0", "a/0"]);
  });

  it("RenderMode numbers differ from the MCU's: 0 stretches, 1 (default) crops, 2 fits", () => {
    expect(tilesOf(1, { mode: TASK_LAYOUT_MODES.grid })[0]?.fit).toBe("crop");
    expect(tilesOf(1, { mode: TASK_LAYOUT_MODES.grid, renderMode: 0 })[0]?.fit).toBe("stretch");
    expect(tilesOf(1, { mode: TASK_LAYOUT_MODES.grid, renderMode: 2 })[0]?.fit).toBe("fit");
  });
});

describe("computeTaskPicture: custom (MixLayoutMode 4)", () => {
  it("pinned slots get their users, free ones fill in join order; layers sort the drawing, Alpha is kept", () => {
    const tiles = tilesOf(4, {
      mode: TASK_LAYOUT_MODES.custom,
      slots: [
        { userId: "u3", x: 0, y: 0, width: 640, height: 720, zOrder: 2, renderMode: 0 },
        { x: 640, y: 0, width: 640, height: 360, alpha: 128 },
        { x: 640, y: 360, width: 640, height: 360, zOrder: 1, renderMode: 2 },
      ],
    });
    expect(tiles.map((tile) => [tile.userId, tile.zOrder, tile.fit, tile.alpha])).toEqual([
      ["u1", 0, "crop", 128],
      ["u2", 1, "fit", 0],
      ["u3", 2, "stretch", 0],
    ]);
    expect(box(tiles[2] as Tile)).toEqual({ userId: "u3", x: 0, y: 0, width: 640, height: 720 });
  });

  it("a slot pinned to someone absent stays empty, and nobody beyond the slots is drawn", () => {
    const tiles = tilesOf(3, {
      mode: TASK_LAYOUT_MODES.custom,
      slots: [
        { userId: "nobody", x: 0, y: 0, width: 100, height: 100 },
        { x: 100, y: 0, width: 100, height: 100 },
      ],
    });
    expect(tiles.map((tile) => tile.userId)).toEqual(["u1"]);
  });
});

it("no template draws outside the canvas, for 1 to 30 pictures", () => {
  for (const mode of Object.values(TASK_LAYOUT_MODES) as TaskLayoutMode[]) {
    for (let count = 1; count <= 30; count += 1) {
      const tiles = tilesOf(count, { mode, mainUserId: "u1", slots: [{ x: 0, y: 0, width: 1280, height: 720 }] });
      expect(tiles.length).toBeLessThanOrEqual(25);
      for (const tile of tiles) {
        expect(tile.x).toBeGreaterThanOrEqual(0);
        expect(tile.y).toBeGreaterThanOrEqual(0);
        expect(tile.x + tile.width, `${mode}/${count}/${tile.userId}`).toBeLessThanOrEqual(canvas.width);
        expect(tile.y + tile.height, `${mode}/${count}/${tile.userId}`).toBeLessThanOrEqual(canvas.height);
      }
    }
  }
});
