import { describe, expect, it } from "vitest";
import { defaultStreamId, sdkAppIdOfStreamApp, streamAppName } from "./stream-id";

describe("stream ids", () => {
  it("default to TRTC's bypass id", () => {
    expect(defaultStreamId(1400000123, "1234", "alice", "main")).toBe("1400000123_1234_alice_main");
  });

  it("hash room and user ids that are not URL-safe", () => {
    expect(defaultStreamId(1400000123, "room a", "alice@example", "aux")).toMatch(/^1400000123_[0-9a-f]{32}$/);
  });

  it("map apps to relay paths and back", () => {
    expect(streamAppName(1400000123)).toBe("trtc_1400000123");
    expect(sdkAppIdOfStreamApp("trtc_1400000123")).toBe(1400000123);
    expect(sdkAppIdOfStreamApp("live")).toBeUndefined();
  });
});
