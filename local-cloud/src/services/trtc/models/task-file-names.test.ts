import { describe, expect, it } from "vitest";
import { integerRoom, stringRoom } from "./room-key";
import { fileNameBase64, taskFileName } from "./task-file-names";

describe("cloud-recording file names (§5.2)", () => {
  it("names a single stream by app, room, base64 user id and stream, with an index only when split", () => {
    const input = {
      room: integerRoom(1400000123, 1001),
      userId: "alice",
      mediaId: "main" as const,
      index: 1,
      isSplit: false,
      userDefineRecordId: undefined,
    };
    expect(taskFileName(input)).toBe("1400000123_1001_UserId_s_YWxpY2U._UserId_e_main");
    expect(taskFileName({ ...input, index: 2, isSplit: true })).toBe(
      "1400000123_1001_UserId_s_YWxpY2U._UserId_e_main_2",
    );
  });

  it("names a mix by app and room, encodes string rooms, and puts UserDefineRecordId in front", () => {
    const mixed = { room: stringRoom(1400000123, "class/a"), userId: undefined, mediaId: "main" as const, index: 1 };
    expect(taskFileName({ ...mixed, isSplit: false, userDefineRecordId: undefined })).toBe("1400000123_Y2xhc3MvYQ..");
    expect(taskFileName({ ...mixed, isSplit: true, userDefineRecordId: "lesson_7" })).toBe(
      "lesson_7__UserDefine_u_1400000123_Y2xhc3MvYQ.._1",
    );
  });

  it("replaces / with - and = with . in base64", () => {
    expect(fileNameBase64("???")).toBe("Pz8-");
    expect(fileNameBase64("a")).toBe("YQ..");
  });
});
