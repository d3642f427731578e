import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { CHOSEN_USERS_STREAM_NAME as LOCAL_CLOUD_SENTINEL } from "../../local-cloud/src/recording/contracts";
import type { RecordingSettings } from "@/lib/schemas/recording-settings";
import { recordingCallbackReceiver } from "./callback-receiver";
import { CHOSEN_USERS_STREAM_NAME } from "./cloud-names";
import { diffAgainstCloud, diffSettings as diffMessages, settingLabel, type SettingDifference } from "./diff-settings";
import { previewFileNames } from "./file-name-preview";
import { fromRecordTemplate, toRecordTemplate } from "@/lib/cloud/live/record-template";
import { settingsFromCloud } from "./from-cloud";

/** Differences as the page shows them in English (values from `msg` put into words). */
const inWords = (differences: SettingDifference[], locale: "en" | "zh-CN" = "en") =>
  differences.map(({ field, before, after }) => ({
    field,
    before: messageText(before, locale),
    after: messageText(after, locale),
  }));
const diffSettings = (before: RecordingSettings, after: RecordingSettings) => inWords(diffMessages(before, after));

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
    expect(inWords(diffAgainstCloud(noCallbacks, cloud))).toEqual([]);
    expect(diffSettings(noCallbacks, cloud)).toEqual([{ field: "callbackKey", before: "(set)", after: "(none)" }]);
    expect(inWords(diffAgainstCloud(settings, { ...settings, callbackKey: "" }))).toEqual([
      { field: "callbackKey", before: "(set)", after: "(none)" },
    ]);
  });

  it("names fields and values in the viewer's language", () => {
    const changed = { ...settings, enabled: false, mode: "global" as const };
    expect(diffSettings(settings, changed)).toEqual([
      { field: "enabled", before: "on", after: "off" },
      { field: "mode", before: "chosen", after: "global" },
    ]);
    expect(inWords(diffMessages(settings, changed), "zh-CN")).toEqual([
      { field: "enabled", before: "开启", after: "关闭" },
      { field: "mode", before: "指定用户录制", after: "全局自动录制" },
    ]);
    expect(messageText(settingLabel("retentionDays"))).toBe("Retention (days)");
    expect(messageText(settingLabel("retentionDays"), "zh-CN")).toBe("文件保存时长（天）");
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
    expect(preview.map((entry) => messageText(entry.label))).toEqual([
      "A user who entered with userDefineRecordId “teacher42”",
      "A user who entered with streamId “class_7”",
      "Anyone else (global auto recording): room 2001, user alice",
      "A mix started with RecordId “mix1”",
    ]);
    expect(
      previewFileNames({ sdkAppId: 1, formats: ["aac"], mode: "chosen", start: new Date(0), minutes: 1 }),
    ).toHaveLength(3);
  });
});

describe("the console's own recording-callback receiver", () => {
  it("is offered where the cloud reaches it", () => {
    // The local cloud runs on this machine: a localhost console is reachable.
    expect(recordingCallbackReceiver("http://127.0.0.1:3000", "127.0.0.1:4500")).toEqual({
      url: "http://127.0.0.1:3000/api/callbacks/recording",
      isReachable: true,
    });
    // Tencent's cloud (its own endpoints) reaches a public address only.
    expect(recordingCallbackReceiver("https://console.example.com/", undefined)).toEqual({
      url: "https://console.example.com/api/callbacks/recording",
      isReachable: true,
    });
  });

  it("says why not where the console is private to the cloud", () => {
    expect(recordingCallbackReceiver("http://localhost:3000", undefined)).toEqual({
      url: "http://localhost:3000/api/callbacks/recording",
      isReachable: false,
      host: "localhost",
      reach: "machine",
    });
    expect(recordingCallbackReceiver("http://192.168.1.20:3000", "trtc.tencentcloudapi.com")).toMatchObject({
      isReachable: false,
      reach: "network",
    });
  });
});
