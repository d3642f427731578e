import { messageText } from "@/lib/i18n/message-text";
import { describe, expect, it } from "vitest";
import { changeMixLayoutSchema, startMixSchema, type StartMixInput } from "./mix";
import { layoutIssues, type RecordingLayout } from "./recording-layout";
import { defaultRecordingLayout } from "@/lib/recording-tasks/layout/default-layout";
import { defaultMixOutput } from "@/lib/recording-tasks/mix-defaults";

const layout: RecordingLayout = defaultRecordingLayout();
const valid: StartMixInput = {
  roomId: "1001",
  recordId: "1400000123_room1001",
  streamId: "1400000123_room1001_mix",
  output: defaultMixOutput(),
  layout,
};
const slot = {
  id: "a",
  userId: "red",
  streamType: 0 as const,
  x: 0,
  y: 0,
  width: 320,
  height: 360,
  zOrder: 0,
  fit: "crop" as const,
};
const errorsOf = (input: unknown) => {
  const result = startMixSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), messageText(issue.message)]));
};

describe("startMixSchema", () => {
  it("accepts the form's defaults", () => {
    expect(startMixSchema.safeParse(valid).success).toBe(true);
  });

  it("names each field out of its documented range, with the range", () => {
    expect(
      errorsOf({
        ...valid,
        output: {
          ...valid.output,
          width: 4000,
          videoBitrateKbps: 0,
          gopSeconds: 9,
          audioSampleRate: 22050,
          audioBitrateKbps: 501,
        },
      }),
    ).toEqual({
      "output.width": "The width must be a whole number from 2 to 1920 px.",
      "output.videoBitrateKbps": "The video bitrate must be a whole number from 1 to 10000 kbps.",
      "output.gopSeconds": "The GOP must be a whole number from 1 to 5 seconds.",
      "output.audioSampleRate": "The audio sample rate is one of 48000, 44100, 32000, 24000, 16000, 8000 Hz.",
      "output.audioBitrateKbps": "The audio bitrate must be a whole number from 8 to 500 kbps.",
    });
    expect(errorsOf({ ...valid, output: { ...valid.output, framerate: Number.NaN } })).toEqual({
      "output.framerate": "The frame rate must be a whole number from 1 to 60 fps.",
    });
  });

  it("record and stream ids are file-name safe", () => {
    expect(errorsOf({ ...valid, recordId: "my record", streamId: "" })).toEqual({
      recordId: "A record id may use letters, digits, _ and - only.",
      streamId: "Enter a stream id.",
    });
  });

  it("a custom layout needs tiles, each inside the output", () => {
    expect(errorsOf({ ...valid, layout: { ...layout, template: "custom" } })).toEqual({
      "layout.slots": "The custom template needs at least one tile: add one in the editor.",
    });
    expect(errorsOf({ ...valid, layout: { ...layout, template: "custom", slots: [{ ...slot, x: 400 }] } })).toEqual({
      "layout.slots.0.width": "Tile 1 crosses the right edge: X + width is 720, the output is 640 px wide.",
    });
    expect(
      startMixSchema.safeParse({ ...valid, layout: { ...layout, template: "custom", slots: [slot] } }).success,
    ).toBe(true);
  });

  it("picture-in-picture needs its small picture, inside the output", () => {
    expect(errorsOf({ ...valid, layout: { ...layout, template: "pictureInPicture" } })).toEqual({
      "layout.small": "Picture-in-picture needs the small picture's user and place.",
    });
    const small = { userId: "green", streamType: 0, x: 600, y: 300, width: 100, height: 100 };
    expect(errorsOf({ ...valid, layout: { ...layout, template: "pictureInPicture", small } })).toEqual({
      "layout.small.width": "The small picture crosses the right edge: X + width is 700, the output is 640 px wide.",
      "layout.small.height": "The small picture crosses the bottom edge: Y + height is 400, the output is 360 px high.",
    });
  });

  it("the MCU takes at most 16 tiles and layers 0–15", () => {
    const many = Array.from({ length: 17 }, (_, index) => ({ ...slot, id: `s${index}`, width: 32, height: 32 }));
    expect(errorsOf({ ...valid, layout: { ...layout, template: "custom", slots: many } })["layout.slots"]).toBe(
      "The custom template holds at most 16 tiles.",
    );
    expect(
      layoutIssues({ ...layout, template: "custom", slots: [{ ...slot, zOrder: 20 }] }, valid.output, "mcu").map(
        (issue) => ({ ...issue, message: messageText(issue.message) }),
      ),
    ).toEqual([{ path: ["slots"], message: "The MCU's layers go from 0 to 15." }]);
  });

  it("a layout change names a console recording by its uuid", () => {
    expect(changeMixLayoutSchema.safeParse({ recordingId: "nope", layout }).success).toBe(false);
    expect(
      changeMixLayoutSchema.safeParse({ recordingId: "6f1c2a6e-4a0b-4b7e-9d2a-1f0e5c3b2a10", layout }).success,
    ).toBe(true);
  });
});
