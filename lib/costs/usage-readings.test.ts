import { describe, expect, it } from "vitest";
import { gbByDay, recordStatisticMinutes, trtcUsageMinutes } from "./usage-readings";

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

  it("takes storage's daily peak and traffic's daily sum, in GB on Beijing days", () => {
    const items = [
      { Time: "2026-12-01T00:00:00+08:00", Value: 2e9 },
      { Time: "2026-12-01T12:00:00+08:00", Value: 1e9 },
      { Time: "2026-12-01T16:00:00Z", Value: 5e8 },
    ];
    expect(Object.fromEntries(gbByDay(items, "peak"))).toEqual({ "2026-12-01": 2, "2026-12-02": 0.5 });
    expect(Object.fromEntries(gbByDay(items, "sum"))).toEqual({ "2026-12-01": 3, "2026-12-02": 0.5 });
  });
});
