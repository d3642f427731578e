import { describe, expect, it } from "vitest";
import { hexToRgbInt } from "@/lib/recording-tasks/layout/colour";
import { toEncodeParams, toLayoutParams } from "./mcu-params";
import type { MixOutput } from "@/lib/schemas/mix";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import { defaultRecordingLayout } from "@/lib/recording-tasks/layout/default-layout";

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
const base: RecordingLayout = defaultRecordingLayout();

describe("MCU parameters from the mix form", () => {
  it("grid sends Template 1 and nothing the grid ignores", () => {
    expect(toLayoutParams({ ...base, mainUserId: "red" })).toEqual({ Template: 1 });
  });

  it("floating and screen share name the main user; screen share its side; MixVideoUids where they apply", () => {
    expect(
      toLayoutParams({ ...base, template: "floating", mainUserId: "red", mixVideoUserIds: ["red", "blue"] }),
    ).toEqual({
      Template: 0,
      MainVideoUserId: "red",
      MainVideoStreamType: 0,
      MixVideoUids: ["red", "blue"],
    });
    expect(
      toLayoutParams({ ...base, template: "screenShare", mainUserId: "blue", mainStreamType: 1, mainRightAlign: true }),
    ).toEqual({ Template: 2, MainVideoUserId: "blue", MainVideoStreamType: 1, MainVideoRightAlign: 1 });
  });

  it("picture-in-picture sends SmallVideoLayoutParams; custom its PresetLayoutConfig; render mode by name", () => {
    const small = { userId: "green", streamType: 0 as const, x: 400, y: 200, width: 200, height: 120 };
    expect(toLayoutParams({ ...base, template: "pictureInPicture", small, renderMode: "fit" })).toEqual({
      Template: 3,
      SmallVideoLayoutParams: {
        UserId: "green",
        StreamType: 0,
        ImageWidth: 200,
        ImageHeight: 120,
        LocationX: 400,
        LocationY: 200,
      },
      RenderMode: 2,
    });
    const custom = toLayoutParams({
      ...base,
      template: "custom",
      slots: [{ id: "a", userId: "red", streamType: 0, x: 0, y: 0, width: 320, height: 360, zOrder: 0, fit: "crop" }],
    });
    expect(custom).toEqual({
      Template: 4,
      PresetLayoutConfig: [
        {
          UserId: "red",
          StreamType: 0,
          ImageWidth: 320,
          ImageHeight: 360,
          LocationX: 0,
          LocationY: 0,
          ZOrder: 0,
          RenderMode: 0,
        },
      ],
    });
  });

  it("EncodeParams carry the output and the background as a decimal RGB integer", () => {
    expect(toEncodeParams(output, "#FFFFFF")).toEqual({
      AudioSampleRate: 48000,
      AudioBitrate: 64,
      AudioChannels: 2,
      VideoWidth: 640,
      VideoHeight: 360,
      VideoBitrate: 550,
      VideoFramerate: 15,
      VideoGop: 2,
      BackgroundColor: 16_777_215,
    });
    expect(hexToRgbInt("#000000")).toBe(0);
    expect(hexToRgbInt("#102030")).toBe(0x102030);
    expect(() => hexToRgbInt("red")).toThrow(/#RRGGBB/);
  });
});
