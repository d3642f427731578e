import { describe, expect, it } from "vitest";
import { CHOSEN_USERS_STREAM_NAME as LOCAL_CLOUD_SENTINEL } from "../../local-cloud/src/recording/contracts";
import type { RecordingSettings } from "@/lib/schemas/recording-settings";
import { CHOSEN_USERS_STREAM_NAME } from "./cloud-names";
import { diffAgainstCloud, diffSettings } from "./diff-settings";
import { previewFileNames } from "./file-name-preview";
import { fromRecordTemplate, toRecordTemplate } from "@/lib/cloud/live/record-template";
import { settingsFromCloud } from "./from-cloud";

const settings: RecordingSettings = {
  enabled: true,
  mode: "chosen",
  formats: ["hls", "mp4"],
  maxFileMinutes: 30,
  retentionDays: 7,
  resumeSeconds: 60,
  vodSubAppId: 1500000001,
  callbackUrl: "https://example.com/cb",
  callbackKey: "Key123",
};

describe("settings ↔ cloud objects", () => {
  it("reads the same settings back from the template, the rule and the callback template", () => {
    // The template, rules and callback template as CSS describes them, read by lib/cloud/live.
    const template = fromRecordTemplate({
      TemplateId: 7,
      TemplateName: "trtc_console_1",
      ...toRecordTemplate(settings),
    });
    const back = settingsFromCloud({
      template,
      rules: [{ templateId: 7, domain: "d", appName: "trtc_1", streamName: CHOSEN_USERS_STREAM_NAME }],
      callbackTemplate: {
        id: 3,
        name: "trtc_console_1",
        recordNotifyUrl: "https://example.com/cb",
        callbackKey: "Key123",
      },
      fallback: settings,
    });
    expect(back).toEqual(settings);
    expect(diffSettings(settings, back)).toEqual([]);
  });

  it("sees recording as off when no rule binds the template", () => {
    const template = fromRecordTemplate({ TemplateId: 7, ...toRecordTemplate(settings) });
    expect(settingsFromCloud({ template, rules: [], callbackTemplate: null, fallback: settings }).enabled).toBe(false);
  });

  it("shows differences without revealing keys", () => {
    const changed = { ...settings, retentionDays: 30, callbackKey: "Other9" };
    expect(diffSettings(settings, changed)).toEqual([
      { field: "retentionDays", before: "7", after: "30" },
      { field: "callbackKey", before: "(set)", after: "(a different key)" },
    ]);
  });

  it("has no key to compare with the cloud while neither side has a callback URL", () => {
    const noCallbacks = { ...settings, callbackUrl: "", callbackKey: "Key123" };
    const cloud = { ...noCallbacks, callbackKey: "" };
    expect(diffAgainstCloud(noCallbacks, cloud)).toEqual([]);
    expect(diffSettings(noCallbacks, cloud)).toEqual([{ field: "callbackKey", before: "(set)", after: "(none)" }]);
    expect(diffAgainstCloud(settings, { ...settings, callbackKey: "" })).toEqual([
      { field: "callbackKey", before: "(set)", after: "(none)" },
    ]);
  });

  it("agrees with the local cloud on the chosen-user sentinel", () => {
    expect(CHOSEN_USERS_STREAM_NAME).toBe(LOCAL_CLOUD_SENTINEL);
  });
});

describe("file name preview", () => {
  it("names every case with UTC+8 times and one name per format", () => {
    const preview = previewFileNames({
      sdkAppId: 1400000123,
      formats: ["hls", "mp4"],
      mode: "global",
      start: new Date("2026-11-24T01:00:00Z"),
      minutes: 30,
    });
    expect(preview.map((entry) => entry.names)).toEqual([
      [
        "teacher42_main_2026-11-24-09-00-00_2026-11-24-09-30-00.m3u8",
        "teacher42_main_2026-11-24-09-00-00_2026-11-24-09-30-00.mp4",
      ],
      ["class_7_2026-11-24-09-00-00_2026-11-24-09-30-00.m3u8", "class_7_2026-11-24-09-00-00_2026-11-24-09-30-00.mp4"],
      [
        "1400000123_2001_alice_main_2026-11-24-09-00-00_2026-11-24-09-30-00.m3u8",
        "1400000123_2001_alice_main_2026-11-24-09-00-00_2026-11-24-09-30-00.mp4",
      ],
      ["mix1_2026-11-24-09-00-00_2026-11-24-09-30-00.m3u8", "mix1_2026-11-24-09-00-00_2026-11-24-09-30-00.mp4"],
    ]);
    expect(
      previewFileNames({ sdkAppId: 1, formats: ["aac"], mode: "chosen", start: new Date(0), minutes: 1 }),
    ).toHaveLength(3);
  });
});
