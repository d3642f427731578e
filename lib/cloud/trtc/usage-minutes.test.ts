import { describe, expect, it } from "vitest";
import { recordStatisticMinutes, trtcUsageMinutes } from "./usage-minutes";

const asObject = (days: Map<string, Map<string, number>>) =>
  Object.fromEntries([...days].map(([date, keys]) => [date, Object.fromEntries(keys)]));

describe("reading the usage APIs' answers", () => {
  it("sums a TRTC minutes series per day and key, naming values past the keys", () => {
    const days = trtcUsageMinutes(
      {
        UsageKey: ["Audio", "HD"],
        UsageList: [
          { TimeKey: "2026-12-01 00:00:00", UsageValue: [1, 0.5] },
          { TimeKey: "2026-12-01 00:05:00", UsageValue: [1, 0.25, 3] },
          { TimeStampKey: 1_796_140_800, UsageValue: [2, 0] }, // 2026-12-02T00:00:00+08:00
        ],
      },
      "DescribeRecordingUsage",
    );
    expect(asObject(days)).toEqual({
      "2026-12-01": { Audio: 2, HD: 0.75, "#2": 3 },
      "2026-12-02": { Audio: 2, HD: 0 },
    });
  });

  it("turns DescribeRecordStatistic's seconds into minutes, field by field", () => {
    const days = recordStatisticMinutes({
      SdkAppIdUsages: [
        { SdkAppId: "1", Usages: [{ TimeKey: "2026-12-01", Class1VideoTime: 90, AudioTime: 30 }] },
        { SdkAppId: "2", Usages: [{ TimeKey: "2026-12-01 00:00:00", Class1VideoTime: 30 }] },
      ],
    });
    expect(asObject(days)).toEqual({ "2026-12-01": { Class1VideoTime: 2, AudioTime: 0.5 } });
    expect(recordStatisticMinutes(undefined).size).toBe(0);
  });
});
