import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import {
  callbackPairingWarning,
  recordingSettingsFormSchema,
  recordingSettingsSchema,
  usesFileLength,
  type RecordingSettingsFormInput,
  type RecordingSettingsInput,
} from "./recording-settings";

const valid: RecordingSettingsInput = {
  enabled: true,
  mode: "global",
  formats: ["hls", "mp4"],
  maxFileMinutes: 60,
  retentionDays: 0,
  resumeSeconds: 30,
  vodSubAppId: "",
  callbackUrl: "https://example.com/cb",
  callbackKey: "abc123XYZ",
};

const validForm: RecordingSettingsFormInput = { ...valid, keepStoredCallbackKey: false };

/** Each field's first message, in English as the page shows it. */
function errorsOf(input: RecordingSettingsInput): Record<string, string> {
  const result = recordingSettingsSchema.safeParse(input);
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), messageText(issue.message)]),
  );
}

function formErrorsOf(input: RecordingSettingsFormInput): Record<string, string> {
  const result = recordingSettingsFormSchema.safeParse(input);
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), messageText(issue.message)]),
  );
}

describe("recording settings", () => {
  it("accepts the guide's ranges at their edges", () => {
    expect(recordingSettingsSchema.parse(valid)).toMatchObject({ vodSubAppId: null, maxFileMinutes: 60 });
    for (const [maxFileMinutes, retentionDays, resumeSeconds] of [
      [1, 0, 0],
      [120, 1500, 1800],
    ]) {
      expect(
        recordingSettingsSchema.safeParse({ ...valid, maxFileMinutes, retentionDays, resumeSeconds }).success,
      ).toBe(true);
    }
  });

  it("says what is allowed for each out-of-range value", () => {
    expect(errorsOf({ ...valid, maxFileMinutes: 121, retentionDays: 1501, resumeSeconds: -1 })).toEqual({
      maxFileMinutes: "Maximum file length must be from 1 to 120 minutes.",
      retentionDays: "Retention must be from 0 to 1500 days.",
      resumeSeconds: "Resume timeout must be from 0 to 1800 seconds.",
    });
    expect(errorsOf({ ...valid, maxFileMinutes: 1.5 })).toEqual({
      maxFileMinutes: "Maximum file length must be a whole number of minutes.",
    });
  });

  it("says the range in Chinese too", () => {
    const issue = recordingSettingsSchema.safeParse({ ...valid, retentionDays: 1501 }).error?.issues[0];
    expect(messageText(issue?.message ?? "", "zh-CN")).toBe("文件保存时长须在 0 到 1500 天之间。");
  });

  it("checks the callback URL and key", () => {
    expect(errorsOf({ ...valid, callbackUrl: "ftp://example.com" }).callbackUrl).toBe(
      "The callback URL must start with http:// or https://.",
    );
    expect(errorsOf({ ...valid, callbackKey: "with space" }).callbackKey).toBe(
      "The callback key may contain only letters and digits.",
    );
    expect(errorsOf({ ...valid, callbackKey: "a".repeat(33) }).callbackKey).toBe(
      "The callback key has at most 32 characters.",
    );
  });

  it("wants a format when recording is on", () => {
    expect(errorsOf({ ...valid, formats: [] }).formats).toBe("Choose at least one format to record.");
    expect(recordingSettingsSchema.safeParse({ ...valid, enabled: false, formats: [] }).success).toBe(true);
  });

  it("knows the file length only matters beside HLS", () => {
    expect(usesFileLength(["hls"])).toBe(false);
    expect(usesFileLength(["hls", "aac"])).toBe(true);
  });
});

describe("callback URL and key together", () => {
  it("refuses a key typed without a URL, in the form and so in the save action", () => {
    expect(formErrorsOf({ ...validForm, callbackUrl: "" })).toEqual({
      callbackUrl: "A callback key needs a callback URL: without one no callback is sent.",
    });
    expect(formErrorsOf({ ...validForm, callbackUrl: "   " }).callbackUrl).toBe(
      "A callback key needs a callback URL: without one no callback is sent.",
    );
  });

  it("allows a URL without a key, as Tencent does (the callbacks are then unsigned)", () => {
    expect(formErrorsOf({ ...validForm, callbackKey: "" })).toEqual({});
    expect(errorsOf({ ...valid, callbackKey: "" })).toEqual({});
  });

  it("keeps a stored key without a URL, and allows neither", () => {
    expect(formErrorsOf({ ...validForm, callbackUrl: "", callbackKey: "", keepStoredCallbackKey: true })).toEqual({});
    expect(formErrorsOf({ ...validForm, callbackUrl: "", callbackKey: "" })).toEqual({});
    // Saves in history hold a stored key without a URL: they still parse.
    expect(errorsOf({ ...valid, callbackUrl: "" })).toEqual({});
  });

  it("warns before saving about a URL without a key and a kept key without a URL", () => {
    const own = "http://127.0.0.1:3000/api/callbacks/recording";
    const warn = (fields: { callbackUrl: string; callbackKey?: string; hasStoredKey?: boolean }) =>
      callbackPairingWarning({ callbackKey: "", hasStoredKey: false, ownReceiverUrl: own, ...fields });
    expect(warn({ callbackUrl: own })).toBe("ownReceiverNoKey");
    expect(warn({ callbackUrl: ` ${own} ` })).toBe("ownReceiverNoKey");
    expect(warn({ callbackUrl: "https://hooks.example.com/cb" })).toBe("noKey");
    expect(warn({ callbackUrl: "", hasStoredKey: true })).toBe("storedKeyNoUrl");
    expect(warn({ callbackUrl: own, hasStoredKey: true })).toBeNull();
    expect(warn({ callbackUrl: own, callbackKey: "abc" })).toBeNull();
    expect(warn({ callbackUrl: "" })).toBeNull();
    // A key typed without a URL is the schema's refusal, not a warning.
    expect(warn({ callbackUrl: "", callbackKey: "abc" })).toBeNull();
  });
});
