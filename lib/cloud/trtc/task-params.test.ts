import { describe, expect, it } from "vitest";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import type { StartTaskInput, Subscription } from "@/lib/schemas/task";
import { defaultRecordingLayout } from "@/lib/recording-tasks/layout/default-layout";
import { defaultTaskValues } from "@/lib/recording-tasks/task-defaults";
import {
  toMixLayoutParams,
  toMixTranscodeParams,
  toRecordParams,
  toStorageParams,
  toSubscribeStreamUserIds,
} from "./task-params";

const everyone: Subscription = { audio: { mode: "all", userIds: "" }, video: { mode: "all", userIds: "" } };
const layout: RecordingLayout = { ...defaultRecordingLayout(), backgroundColor: "#102030" };
const task: StartTaskInput = {
  ...defaultTaskValues("1001", { formats: ["mp4"], retentionDays: 7, subAppId: 1500000001 }),
  subscription: everyone,
  layout,
};

describe("CreateCloudRecording parameters from the task form", () => {
  it("RecordParams: mode 2 for mixed, 1 for single (with audio and video merged); no list means everyone", () => {
    expect(toRecordParams(task)).toEqual({ RecordMode: 2, MaxIdleTime: 30, StreamType: 0 });
    expect(toRecordParams({ ...task, recordMode: "single", streamType: 1 })).toEqual({
      RecordMode: 1,
      MaxIdleTime: 30,
      StreamType: 1,
      AvMerge: 1,
    });
  });

  it("SubscribeStreamUserIds: an allow list or a deny list per medium, ids split on commas and spaces", () => {
    expect(
      toSubscribeStreamUserIds({
        audio: { mode: "deny", userIds: "bot_1, bot_2" },
        video: { mode: "allow", userIds: "red teacher.*$" },
      }),
    ).toEqual({ UnSubscribeAudioUserIds: ["bot_1", "bot_2"], SubscribeVideoUserIds: ["red", "teacher.*$"] });
    expect(toSubscribeStreamUserIds(everyone)).toEqual({});
  });

  it("StorageParams: VOD with MediaType, ExpireTime in seconds (0 = forever), SubAppId, UserDefineRecordId", () => {
    expect(toStorageParams({ ...task, userDefineRecordId: "class_7" })).toEqual({
      CloudVod: {
        TencentVod: { MediaType: 0, ExpireTime: 604_800, SubAppId: 1500000001, UserDefineRecordId: "class_7" },
      },
    });
    expect(toStorageParams({ ...task, retentionDays: 0, subAppId: null })).toEqual({
      CloudVod: { TencentVod: { MediaType: 0, ExpireTime: 0 } },
    });
  });

  it("MixTranscodeParams: every video field, bitrates in bps, the sample rate as its enum", () => {
    expect(toMixTranscodeParams(task.output)).toEqual({
      VideoParams: { Width: 640, Height: 360, Fps: 15, BitRate: 550_000, Gop: 10 },
      AudioParams: { SampleRate: 1, Channel: 2, BitRate: 64_000 },
    });
  });

  it("MixLayoutParams: MixLayoutMode 3 for grid (the MCU calls it 1), #RRGGBB, the complete layout", () => {
    expect(toMixLayoutParams(layout)).toEqual({
      MixLayoutMode: 3,
      BackGroundColor: "#102030",
      PureAudioDisableLayout: false,
    });
    expect(
      toMixLayoutParams({
        ...layout,
        template: "screenShare",
        mainUserId: "blue",
        mainRightAlign: true,
        renderMode: "stretch",
      }),
    ).toEqual({
      MixLayoutMode: 2,
      BackGroundColor: "#102030",
      MaxResolutionUserId: "blue",
      MediaId: 0,
      MaxResolutionUserAlign: 1,
      RenderMode: 0,
      PureAudioDisableLayout: false,
    });
    expect(
      toMixLayoutParams({
        ...layout,
        template: "custom",
        slots: [{ id: "a", userId: "red", streamType: 0, x: 0, y: 0, width: 320, height: 360, zOrder: 0, fit: "crop" }],
      }),
    ).toEqual({
      MixLayoutMode: 4,
      BackGroundColor: "#102030",
      MixLayoutList: [
        { UserId: "red", Top: 0, Left: 0, Width: 320, Height: 360, MediaId: 0, ImageLayer: 0, RenderMode: 1 },
      ],
    });
  });
});
