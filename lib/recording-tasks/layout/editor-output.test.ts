import { describe, expect, it } from "vitest";
import { computeLayout } from "@shared/layouts/compute-layout";
import { computeTaskPicture } from "@shared/layouts/compute-task-layout";
import type { EditorSlot } from "./editor-operations";
import { toPresetSlots, toTaskSlots } from "./editor-output";
import { TASK_LAYOUT_MODES } from "@shared/layouts/task-layout-types";
import { LAYOUT_TEMPLATES } from "@shared/layouts/types";

const canvas = { width: 640, height: 360 };
/** What the e2e builds: red on the left half, green top right, blue bottom right, blue's layer the highest. */
const edited: EditorSlot[] = [
  { id: "s1", userId: "red", streamType: 0, x: 0, y: 0, width: 320, height: 360, zOrder: 4, fit: "crop" },
  { id: "s2", userId: "green", streamType: 0, x: 320, y: 0, width: 320, height: 180, zOrder: 1, fit: "stretch" },
  { id: "s3", userId: "blue", streamType: 1, x: 320, y: 180, width: 320, height: 180, zOrder: 9, fit: "fit" },
  { id: "s4", userId: null, streamType: 0, x: 10, y: 10, width: 100, height: 50, zOrder: 2, fit: "crop" },
];

describe("the editor's output", () => {
  it("both APIs draw the edited tiles where the editor put them, each the same fit", () => {
    const inputs = ["red", "green"].map((userId) => ({ userId, streamType: 0 as const, hasVideo: true }));
    inputs.push({ userId: "blue", streamType: 1 as 0, hasVideo: true });
    const mcu = computeLayout(inputs, { template: LAYOUT_TEMPLATES.custom, canvas, presets: toPresetSlots(edited) });
    const task = computeTaskPicture(inputs, {
      mode: TASK_LAYOUT_MODES.custom,
      canvas,
      slots: toTaskSlots(edited),
    }).tiles;
    const drawn = (tiles: typeof mcu) =>
      tiles.map(({ userId, x, y, width, height, fit }) => ({ userId, x, y, width, height, fit }));
    const expected = [
      { userId: "green", x: 320, y: 0, width: 320, height: 180, fit: "stretch" },
      { userId: "red", x: 0, y: 0, width: 320, height: 360, fit: "crop" },
      { userId: "blue", x: 320, y: 180, width: 320, height: 180, fit: "fit" },
    ];
    // The free slot (no user) has nobody left to draw: the three are pinned elsewhere.
    expect(drawn(mcu)).toEqual(expected);
    expect(drawn(task)).toEqual(expected);
  });
});
