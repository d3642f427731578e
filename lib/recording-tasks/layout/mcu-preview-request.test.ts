import { describe, expect, it } from "vitest";
import { computeMcuPicture } from "@shared/layouts/compute-layout";
import { toMcuLayoutRequest } from "./mcu-preview-request";
import type { MixOutput } from "@/lib/schemas/mix";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import { defaultRecordingLayout } from "@/lib/recording-tasks/layout/default-layout";
import { defaultMixOutput } from "@/lib/recording-tasks/mix-defaults";

const output: MixOutput = defaultMixOutput();
const base: RecordingLayout = defaultRecordingLayout();
const inputs = ["red", "green", "blue"].map((userId) => ({ userId, streamType: 0 as const, hasVideo: true }));

describe("MCU parameters from the mix form", () => {
  it("the preview's request draws what the MCU is asked for", () => {
    const layout: RecordingLayout = {
      ...base,
      template: "pictureInPicture",
      mainUserId: "blue",
      small: { userId: "red", streamType: 0, x: 440, y: 240, width: 160, height: 90 },
    };
    const tiles = computeMcuPicture(inputs, toMcuLayoutRequest(layout, output)).tiles;
    expect(tiles.map(({ userId, x, y, width, height }) => ({ userId, x, y, width, height }))).toEqual([
      { userId: "blue", x: 0, y: 0, width: 640, height: 360 },
      { userId: "red", x: 440, y: 240, width: 160, height: 90 },
    ]);
  });
});
