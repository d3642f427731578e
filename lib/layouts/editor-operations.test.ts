import { describe, expect, it } from "vitest";
import { addSlot, moveSlot, resizeSlot, restack, toPresetSlots, type EditorSlot } from "./editor-operations";

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
  renderMode: 0,
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

  it("snaps to the canvas edges and to other slots within 12 px", () => {
    expect(moveSlot([slot("a", 100, 100)], "a", -92, 0, canvas)[0]).toMatchObject({ x: 0 });
    const slots = [slot("a", 0, 0), slot("b", 400, 300)];
    // b's left edge lands 10 px right of a's right edge (320): it snaps onto it.
    expect(moveSlot(slots, "b", -70, 0, canvas)[1]).toMatchObject({ x: 320 });
    expect(moveSlot(slots, "b", -70, 0, canvas, false)[1]).toMatchObject({ x: 330 });
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
  });

  it("emits PresetLayoutConfig slots bottom layer first", () => {
    const slots = addSlot(
      [{ ...slot("a", 0, 0, 640, 720, 1), userId: "alice" }, slot("b", 640, 0, 640, 720, 0)],
      canvas,
      "c",
    );
    expect(toPresetSlots(slots)).toEqual([
      { streamType: 0, x: 640, y: 0, width: 640, height: 720, zOrder: 0, renderMode: 0 },
      { userId: "alice", streamType: 0, x: 0, y: 0, width: 640, height: 720, zOrder: 1, renderMode: 0 },
      { streamType: 0, x: 48, y: 48, width: 427, height: 240, zOrder: 2, renderMode: 0 },
    ]);
  });
});
