import { messageText } from "@/lib/i18n/message-text";
import { describe, expect, it } from "vitest";
import { startTaskSchema, type StartTaskInput } from "./task";
import { defaultTaskValues } from "@/lib/recording-tasks/task-defaults";

const valid: StartTaskInput = {
  ...defaultTaskValues("1001", { formats: ["mp4"], retentionDays: 0, subAppId: null }),
  mediaType: 0,
};
const errorsOf = (input: unknown) => {
  const result = startTaskSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), messageText(issue.message)]));
};

describe("startTaskSchema", () => {
  it("accepts the form's defaults", () => {
    expect(startTaskSchema.safeParse(valid).success).toBe(true);
  });

  it("keeps MaxIdleTime, bitrates and the picture within CreateCloudRecording's ranges", () => {
    expect(
      errorsOf({
        ...valid,
        maxIdleSeconds: 2,
        output: {
          ...valid.output,
          width: 1920,
          height: 1920,
          videoBitrateKbps: 9000,
          audioBitrateKbps: 16,
          audioSampleRate: 4,
        },
      }),
    ).toEqual({
      maxIdleSeconds: "The idle time must be a whole number from 5 to 86400 seconds.",
      "output.videoBitrateKbps": "The video bitrate must be a whole number from 64 to 8192 kbps.",
      "output.audioBitrateKbps": "The audio bitrate must be a whole number from 32 to 128 kbps.",
      "output.audioSampleRate": "The sample rate is 48 kHz, 44.1 kHz or 16 kHz.",
    });
    expect(errorsOf({ ...valid, output: { ...valid.output, width: 1920, height: 1920 } })).toEqual({
      "output.height": "Width × height may be at most 1920 × 1080 pixels.",
    });
  });

  it("AAC files need audio-only recording", () => {
    expect(errorsOf({ ...valid, mediaType: 2 })).toEqual({
      mediaType: "AAC files need an audio-only recording: set the streams to audio only, or keep MP4 or HLS.",
    });
    expect(errorsOf({ ...valid, mediaType: 4, streamType: 1 })).toEqual({});
  });

  it("subscription lists: at least one id unless everyone, `.*$` prefixes, at most 32", () => {
    expect(
      errorsOf({ ...valid, subscription: { ...valid.subscription, audio: { mode: "allow", userIds: " " } } }),
    ).toEqual({
      "subscription.audio.userIds": "Name at least one user, or choose everyone.",
    });
    expect(
      errorsOf({
        ...valid,
        subscription: { ...valid.subscription, video: { mode: "deny", userIds: "bot, teacher_.*$, bad id!" } },
      }),
    ).toEqual({
      "subscription.video.userIds":
        "Not a user id: id!. Ids use letters, digits, _ and - (at most 32); end one with .*$ to name every id it starts.",
    });
    const many = Array.from({ length: 33 }, (_, index) => `u${index}`).join(",");
    expect(
      errorsOf({ ...valid, subscription: { ...valid.subscription, audio: { mode: "allow", userIds: many } } }),
    ).toEqual({
      "subscription.audio.userIds": "A list holds at most 32 users.",
    });
  });

  it("a custom layout is checked only for mixed tasks", () => {
    const custom = { ...valid.layout, template: "custom" as const };
    expect(errorsOf({ ...valid, layout: custom })).toEqual({
      "layout.slots": "The custom layout needs at least one tile: add one in the editor.",
    });
    expect(errorsOf({ ...valid, recordMode: "single", layout: custom })).toEqual({});
  });

  it("retention, sub-application and file-name prefix", () => {
    expect(errorsOf({ ...valid, retentionDays: 2000, subAppId: -1, userDefineRecordId: "a b" })).toEqual({
      retentionDays: "Retention must be a whole number from 0 to 1500 days.",
      subAppId: "A sub-application id is a positive number.",
      userDefineRecordId: "A file-name prefix may use letters, digits, _ and - only.",
    });
  });
});
