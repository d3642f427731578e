import { describe, expect, it } from "vitest";
import { formatRecordingTime, legacyRecordingName, parseLegacyRecordingName } from "./file-names";

describe("legacy recording file names", () => {
  // The reference's real sample: CreateTime 2022-04-02T07:46:45Z, name times 15:46:28–15:46:43 (UTC+8).
  const start = new Date("2022-04-02T07:46:28Z");
  const end = new Date("2022-04-02T07:46:43Z");

  it("writes times in Beijing time", () => {
    expect(formatRecordingTime(start)).toBe("2022-04-02-15-46-28");
    expect(formatRecordingTime(new Date("2025-12-31T16:30:00Z"))).toBe("2026-01-01-00-30-00");
  });

  it("names each case as §5.1 says", () => {
    expect(
      legacyRecordingName(
        { kind: "userDefineRecordId", userDefineRecordId: "1400621582_1", streamType: "main" },
        start,
        end,
      ),
    ).toBe("1400621582_1_main_2022-04-02-15-46-28_2022-04-02-15-46-43");
    expect(legacyRecordingName({ kind: "streamId", streamId: "live_abc" }, start, end)).toBe(
      "live_abc_2022-04-02-15-46-28_2022-04-02-15-46-43",
    );
    expect(
      legacyRecordingName(
        { kind: "auto", sdkAppId: 1400000123, roomId: "2001", userId: "alice", streamType: "aux" },
        start,
        end,
      ),
    ).toBe("1400000123_2001_alice_aux_2022-04-02-15-46-28_2022-04-02-15-46-43");
    expect(legacyRecordingName({ kind: "mixRecordId", recordId: "mix-9" }, start, end)).toBe(
      "mix-9_2022-04-02-15-46-28_2022-04-02-15-46-43",
    );
  });

  it("reads names back, from the end, with underscores inside ids", () => {
    expect(parseLegacyRecordingName("1400000123_2001_al_ice_main_2022-04-02-15-46-28_2022-04-02-15-46-43")).toEqual({
      prefix: "1400000123_2001_al_ice_main",
      streamType: "main",
      start,
      end,
      auto: { sdkAppId: 1400000123, roomId: "2001", userId: "al_ice" },
    });
    expect(parseLegacyRecordingName("live_abc_2022-04-02-15-46-28_2022-04-02-15-46-43")).toMatchObject({
      prefix: "live_abc",
      streamType: null,
      auto: null,
    });
    expect(parseLegacyRecordingName("not-a-recording")).toBeNull();
    expect(parseLegacyRecordingName("x_2022-13-01-15-46-28_2022-04-02-15-46-43")).toBeNull();
  });
});
