import { describe, expect, it } from "vitest";
import { decodeNameBase64, parseCloudRecordingName } from "./cloud-recording-names";
import { recordingNameParts } from "./name-parts";

const TIMES = "2022-04-02-15-46-28_2022-04-02-15-46-43";
const START = "2022-04-02T07:46:28.000Z";
const END = "2022-04-02T07:46:43.000Z";
const noHints = { streamId: null, userDefineRecordId: null };

describe("cloud-recording names (§5.2)", () => {
  it("decodes base64 written with - for / and . for =", () => {
    expect(decodeNameBase64("YWxpY2U.")).toBe("alice");
    expect(decodeNameBase64("YT8-Pw..")).toBe("a???");
    expect(decodeNameBase64("5p2O6Zu3")).toBe("李雷");
    // Not base64 at all, or bytes that are no text: left as they came.
    expect(decodeNameBase64("not base64!")).toBe("not base64!");
    expect(decodeNameBase64("2001")).toBe("2001");
  });

  it("splits a single-stream name, with and without a part number", () => {
    expect(parseCloudRecordingName("1400000123_2001_UserId_s_YWxpY2U._UserId_e_main")).toEqual({
      userDefineRecordId: null,
      sdkAppId: 1400000123,
      roomId: "2001",
      userId: "alice",
      mediaId: "main",
      isMixed: false,
      index: null,
    });
    expect(parseCloudRecordingName("1400000123_2001_UserId_s_YT8-Pw.._UserId_e_aux_2")).toMatchObject({
      userId: "a???",
      mediaId: "aux",
      index: 2,
    });
  });

  it("decodes string room ids and keeps numeric ones", () => {
    expect(parseCloudRecordingName("1400000123_Y2xhc3MtYQ.._UserId_s_Ym9i_UserId_e_main")).toMatchObject({
      roomId: "class-a",
      userId: "bob",
    });
  });

  it("splits a mixed name, with and without a part number", () => {
    expect(parseCloudRecordingName("1400000123_2001")).toEqual({
      userDefineRecordId: null,
      sdkAppId: 1400000123,
      roomId: "2001",
      userId: null,
      mediaId: null,
      isMixed: true,
      index: null,
    });
    expect(parseCloudRecordingName("1400000123_2001_3")).toMatchObject({ isMixed: true, index: 3 });
  });

  it("reads the UserDefineRecordId prefix", () => {
    expect(parseCloudRecordingName("class_7__UserDefine_u_1400000123_2001_UserId_s_YWxpY2U._UserId_e_main_1")).toEqual({
      userDefineRecordId: "class_7",
      sdkAppId: 1400000123,
      roomId: "2001",
      userId: "alice",
      mediaId: "main",
      isMixed: false,
      index: 1,
    });
    expect(parseCloudRecordingName("lesson__UserDefine_u_1400000123_Y2xhc3MtYQ..")).toMatchObject({
      userDefineRecordId: "lesson",
      roomId: "class-a",
      isMixed: true,
    });
  });

  it("rejects names of neither shape", () => {
    for (const name of ["my upload", "12_2001", "1400000123", "1400000123_2001_UserId_s_YWxpY2U._UserId_e_screen"]) {
      expect(parseCloudRecordingName(name)).toBeNull();
    }
  });
});

describe("recordingNameParts", () => {
  it("tells the legacy rules apart, using the media's stream id and push query", () => {
    expect(recordingNameParts(`1400000123_2001_alice_main_${TIMES}`, noHints)).toEqual({
      rule: "auto",
      prefix: "1400000123_2001_alice_main",
      sdkAppId: 1400000123,
      roomId: "2001",
      userId: "alice",
      streamType: "main",
      userDefineRecordId: null,
      index: null,
      start: START,
      end: END,
    });
    expect(recordingNameParts(`teacher42_aux_${TIMES}`, noHints)).toMatchObject({
      rule: "userDefineRecordId",
      userDefineRecordId: "teacher42",
      streamType: "aux",
      roomId: null,
    });
    // Shaped like auto recording, but the push query says it was the user's own record id.
    expect(
      recordingNameParts(`1400000123_2001_alice_main_${TIMES}`, {
        streamId: null,
        userDefineRecordId: "1400000123_2001_alice",
      }),
    ).toMatchObject({ rule: "userDefineRecordId", userDefineRecordId: "1400000123_2001_alice", sdkAppId: null });
  });

  it("reads RecordId_start_end as an MCU mix when the stream id differs, as the stream id when equal", () => {
    expect(recordingNameParts(`mix-9_${TIMES}`, { streamId: "mix_stream_1", userDefineRecordId: null })).toMatchObject({
      rule: "mixRecordId",
      prefix: "mix-9",
      streamType: null,
      start: START,
      end: END,
    });
    expect(recordingNameParts(`class_7_${TIMES}`, { streamId: "class_7", userDefineRecordId: null })).toMatchObject({
      rule: "streamId",
      prefix: "class_7",
    });
    expect(recordingNameParts(`class_7_${TIMES}`, noHints)).toMatchObject({ rule: "streamIdOrRecordId" });
  });

  it("reads cloud-recording names, which carry no times", () => {
    expect(recordingNameParts("rec__UserDefine_u_1400000123_2001_UserId_s_YWxpY2U._UserId_e_main_2", noHints)).toEqual({
      rule: "cloudSingle",
      prefix: null,
      sdkAppId: 1400000123,
      roomId: "2001",
      userId: "alice",
      streamType: "main",
      userDefineRecordId: "rec",
      index: 2,
      start: null,
      end: null,
    });
    expect(recordingNameParts("1400000123_2001_4", noHints)).toMatchObject({ rule: "cloudMixed", index: 4 });
    expect(recordingNameParts("my upload", noHints)).toBeNull();
  });
});
