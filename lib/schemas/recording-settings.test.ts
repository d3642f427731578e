import { describe, expect, it } from "vitest";
import { recordingSettingsSchema, usesFileLength, type RecordingSettingsInput } from "./recording-settings";

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

function errorsOf(input: RecordingSettingsInput): Record<string, string> {
  const result = recordingSettingsSchema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
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
    expect(errorsOf({ ...valid, callbackKey: "" }).callbackKey).toBe(
      "Set a callback key, so that callbacks can be verified.",
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
