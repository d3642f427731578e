import { describe, expect, it } from "vitest";
import { computeMcuPicture } from "@shared/layouts/compute-layout";
import { toMcuLayoutRequest } from "./mcu-preview-request";
import type { MixLayout, MixOutput } from "@/lib/schemas/mix";

const output: MixOutput = {
  width: 640,
  height: 360,
  videoBitrateKbps: 550,
  framerate: 15,
  gopSeconds: 2,
  audioSampleRate: 48000,
  audioBitrateKbps: 64,
  audioChannels: 2,
};
const base: MixLayout = {
  template: "grid",
  mainUserId: "",
  mainStreamType: 0,
  mainRightAlign: false,
  mixVideoUserIds: [],
  renderMode: "default",
  backgroundColor: "#000000",
  small: null,
  slots: [],
};
const inputs = ["red", "green", "blue"].map((userId) => ({ userId, streamType: 0 as const, hasVideo: true }));

describe("MCU parameters from the mix form", () => {
  it("the preview's request draws what the MCU is asked for", () => {
    const layout: MixLayout = {
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
