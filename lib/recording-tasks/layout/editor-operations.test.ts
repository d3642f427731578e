import { describe, expect, it } from "vitest";
import { computeLayout } from "@shared/layouts/compute-layout";
import {
  addSlot,
  clampBox,
  moveSlot,
  removeSlot,
  rescaleSlots,
  resizeSlot,
  restack,
  setSlotBox,
  slotsFromTiles,
  type EditorSlot,
} from "./editor-operations";
import { LAYOUT_TEMPLATES } from "@shared/layouts/types";

const canvas = { width: 1280, height: 720 };
const slot = (id: string, x: number, y: number, width = 320, height = 180, zOrder = 0): EditorSlot => ({
  id,
  userId: null,
  streamType: 0,
  x,
  y,
  width,
  height,
  zOrder,
  fit: "crop",
});

describe("custom layout editor operations", () => {
  it("never lets a slot leave the canvas", () => {
    const [moved] = moveSlot([slot("a", 100, 100)], "a", 5000, -5000, canvas);
    expect(moved).toMatchObject({ x: 960, y: 0 });
    const [grown] = resizeSlot([slot("a", 1000, 600)], "a", 5000, 5000, canvas);
    expect(grown).toMatchObject({ width: 280, height: 120 });
    const [shrunk] = resizeSlot([slot("a", 0, 0)], "a", -5000, -5000, canvas);
    expect(shrunk).toMatchObject({ width: 32, height: 32 });
  });

  it("snaps to the canvas edges and to other slots within 12 px, unless asked not to", () => {
    expect(moveSlot([slot("a", 100, 100)], "a", -92, 0, canvas)[0]).toMatchObject({ x: 0 });
    const slots = [slot("a", 0, 0), slot("b", 400, 300)];
    // b's left edge lands 10 px right of a's right edge (320): it snaps onto it.
    expect(moveSlot(slots, "b", -70, 0, canvas)[1]).toMatchObject({ x: 320 });
    expect(moveSlot(slots, "b", -70, 0, canvas, false)[1]).toMatchObject({ x: 330 });
    // Resizing snaps the corner: b's right edge to the canvas's.
    expect(resizeSlot([slot("b", 900, 0)], "b", 55, 0, canvas)[0]).toMatchObject({ width: 380 });
  });

  it("typed numbers keep X and Y and cut the size at the edge", () => {
    const [typed] = setSlotBox([slot("a", 0, 0)], "a", { x: 1000, width: 640 }, canvas);
    expect(typed).toMatchObject({ x: 1000, width: 280 });
    const [past] = setSlotBox([slot("a", 0, 0)], "a", { x: 5000, y: -4, height: 9000 }, canvas);
    expect(past).toMatchObject({ x: 1248, y: 0, width: 32, height: 720 });
  });

  it("restacks by swapping layers", () => {
    const slots = [slot("a", 0, 0, 320, 180, 0), slot("b", 0, 0, 320, 180, 1), slot("c", 0, 0, 320, 180, 2)];
    const raised = restack(slots, "a", 1);
    expect(raised.map((entry) => [entry.id, entry.zOrder])).toEqual([
      ["a", 1],
      ["b", 0],
      ["c", 2],
    ]);
    expect(restack(slots, "c", 1)).toBe(slots);
    expect(restack(slots, "a", -1)).toBe(slots);
  });

  it("adds slots on top, stepped down-right, and removes them", () => {
    const added = addSlot(addSlot([], canvas, "a"), canvas, "b");
    expect(added).toEqual([
      { ...slot("a", 0, 0, 427, 240, 0), userId: null },
      { ...slot("b", 24, 24, 427, 240, 1), userId: null },
    ]);
    expect(removeSlot(added, "a").map((entry) => entry.id)).toEqual(["b"]);
  });

  it("rescales a layout to another output size, staying inside it", () => {
    const [scaled] = rescaleSlots([slot("a", 640, 360, 640, 360)], canvas, { width: 640, height: 360 });
    expect(scaled).toMatchObject({ x: 320, y: 180, width: 320, height: 180 });
    const same = [slot("a", 1, 2)];
    expect(rescaleSlots(same, canvas, canvas)).toBe(same);
  });

  it("starts a custom layout from the template's picture, each tile pinned to its user", () => {
    const users = ["red", "green", "blue"].map((userId) => ({ userId, streamType: 0 as const, hasVideo: true }));
    const tiles = computeLayout(users, { template: LAYOUT_TEMPLATES.grid, canvas });
    expect(slotsFromTiles(tiles, canvas)).toEqual([
      { id: "slot-1", userId: "red", streamType: 0, x: 0, y: 0, width: 640, height: 360, zOrder: 0, fit: "crop" },
      { id: "slot-2", userId: "green", streamType: 0, x: 640, y: 0, width: 640, height: 360, zOrder: 1, fit: "crop" },
      { id: "slot-3", userId: "blue", streamType: 0, x: 320, y: 360, width: 640, height: 360, zOrder: 2, fit: "crop" },
    ]);
  });

  it("clamps any box into a canvas, even one smaller than the minimum slot", () => {
    expect(clampBox({ x: -10, y: 50, width: 100, height: 100 }, { width: 20, height: 60 })).toEqual({
      x: 0,
      y: 0,
      width: 20,
      height: 60,
    });
  });
});
