import { describe, expect, it } from "vitest";
import { roomKeyOf } from "./room-key";

describe("roomKeyOf", () => {
  it("takes a number for an integer room and a string for a string room, even of the same digits", () => {
    expect(roomKeyOf(1400000123, 1234)).toEqual({ sdkAppId: 1400000123, roomId: "1234", roomIdType: 1 });
    expect(roomKeyOf(1400000123, "1234")).toEqual({ sdkAppId: 1400000123, roomId: "1234", roomIdType: 0 });
  });

  it("names no room for ids TRTC cannot send", () => {
    expect(roomKeyOf(1400000123, "")).toBeNull();
    expect(roomKeyOf(1400000123, 0)).toBeNull();
    expect(roomKeyOf(1400000123, 4_294_967_296)).toBeNull();
    expect(roomKeyOf(1400000123, 12.5)).toBeNull();
  });
});
