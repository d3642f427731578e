import { describe, expect, it } from "vitest";
import type { EditorSlot } from "@/lib/recording-tasks/layout/editor-operations";
import { toPresetLayoutConfig } from "./mcu-params";
import { toMixLayoutList } from "./task-params";

/** What the e2e builds: red on the left half, green top right, blue bottom right, blue's layer the highest. */
const edited: EditorSlot[] = [
  { id: "s1", userId: "red", streamType: 0, x: 0, y: 0, width: 320, height: 360, zOrder: 4, fit: "crop" },
  { id: "s2", userId: "green", streamType: 0, x: 320, y: 0, width: 320, height: 180, zOrder: 1, fit: "stretch" },
  { id: "s3", userId: "blue", streamType: 1, x: 320, y: 180, width: 320, height: 180, zOrder: 9, fit: "fit" },
  { id: "s4", userId: null, streamType: 0, x: 10, y: 10, width: 100, height: 50, zOrder: 2, fit: "crop" },
];

describe("the editor's output", () => {
  it("PresetLayoutConfig: bottom layer first, layers 0…n-1, MCU render modes (0 crop, 1 scale, 2 bars)", () => {
    expect(toPresetLayoutConfig(edited)).toEqual([
      {
        UserId: "green",
        StreamType: 0,
        ImageWidth: 320,
        ImageHeight: 180,
        LocationX: 320,
        LocationY: 0,
        ZOrder: 0,
        RenderMode: 1,
      },
      { StreamType: 0, ImageWidth: 100, ImageHeight: 50, LocationX: 10, LocationY: 10, ZOrder: 1, RenderMode: 0 },
      {
        UserId: "red",
        StreamType: 0,
        ImageWidth: 320,
        ImageHeight: 360,
        LocationX: 0,
        LocationY: 0,
        ZOrder: 2,
        RenderMode: 0,
      },
      {
        UserId: "blue",
        StreamType: 1,
        ImageWidth: 320,
        ImageHeight: 180,
        LocationX: 320,
        LocationY: 180,
        ZOrder: 3,
        RenderMode: 2,
      },
    ]);
  });

  it("MixLayoutList: Top/Left, MediaId for the stream, ImageLayer, task render modes (0 stretch, 1 crop, 2 bars)", () => {
    expect(toMixLayoutList(edited)).toEqual([
      { UserId: "green", Top: 0, Left: 320, Width: 320, Height: 180, MediaId: 0, ImageLayer: 0, RenderMode: 0 },
      { Top: 10, Left: 10, Width: 100, Height: 50, MediaId: 0, ImageLayer: 1, RenderMode: 1 },
      { UserId: "red", Top: 0, Left: 0, Width: 320, Height: 360, MediaId: 0, ImageLayer: 2, RenderMode: 1 },
      { UserId: "blue", Top: 180, Left: 320, Width: 320, Height: 180, MediaId: 1, ImageLayer: 3, RenderMode: 2 },
    ]);
  });

  it("sixteen slots with any layers fit the MCU's ZOrder range of 0–15", () => {
    const many = Array.from(
      { length: 16 },
      (_, index) => ({ ...edited[0], id: `m${index}`, zOrder: index * 100 }) as EditorSlot,
    );
    expect(toPresetLayoutConfig(many).map((slot) => slot.ZOrder)).toEqual(Array.from({ length: 16 }, (_, i) => i));
  });
});
