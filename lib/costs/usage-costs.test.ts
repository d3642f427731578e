import { describe, expect, it } from "vitest";
import { recordStatisticMinutes, trtcUsageMinutes, type TrtcUsageResponse } from "@/lib/cloud/trtc/usage-minutes";
import { dailyUsageCosts } from "./usage-costs";
import { CNY, USD } from "./test-prices";
import type { StatPoint } from "./usage-readings";

/** The usage APIs' answers as lib/cloud reads them: the tests below write the answers Tencent sends. */
const series = (response: TrtcUsageResponse) => trtcUsageMinutes(response, "DescribeRecordingUsage");
const legacy = (response: Parameters<typeof recordStatisticMinutes>[0]) => recordStatisticMinutes(response);
const stat = (response: { Data: Array<{ Time: string; Value: number }> }): StatPoint[] =>
  response.Data.map((item) => ({ time: item.Time, bytes: item.Value }));

const RECORDING_KEYS = ["Audio", "SD", "HD", "FullHD", "2K", "4K"];
const MIX_KEYS = ["Audio", "SDH264", "HDH264", "FullHDH264", "2KH264", "4KH264", "SDH265", "HDH265"];
const point = (TimeKey: string, UsageValue: number[]) => ({ TimeKey, TimeStampKey: 0, UsageValue });

describe("daily cost from the usage APIs", () => {
  it("prices single and mixed recording minutes, reproducing the doc's mixed example", () => {
    const costs = dailyUsageCosts(
      {
        recordingSingle: series({
          UsageKey: RECORDING_KEYS,
          UsageList: [point("2026-11-01 00:00:00", [100, 0, 1000, 0, 0, 0])],
        }),
        // audio 9 + SD 19 + FHD 79 per 1,000 min, 10 minutes each = 1.07 CNY
        recordingMulti: series({
          UsageKey: RECORDING_KEYS,
          UsageList: [point("2026-11-01 00:00:00", [10, 10, 0, 10, 0, 0])],
        }),
      },
      CNY,
    );
    expect(costs.days).toEqual([
      { date: "2026-11-01", recording: 15.42, storage: 0, playback: 0, transcoding: 0, total: 15.42 },
    ]);
    expect(costs.isComplete).toBe(true);
  });

  it("sums a day's 5-minute points and rounds the day up to whole minutes", () => {
    const costs = dailyUsageCosts(
      {
        recordingSingle: series({
          UsageKey: RECORDING_KEYS,
          UsageList: [
            point("2026-11-02 00:00:00", [0, 0, 0.4, 0, 0, 0]),
            point("2026-11-02 00:05:00", [0, 0, 0.3, 0, 0, 0]),
          ],
        }),
      },
      CNY,
    );
    expect(costs.days[0]?.recording).toBe(0.014); // 1 min × 14 CNY ÷ 1,000
  });

  it("reproduces the guide's 0.0325 CNY/min × 60 min = 1.95 CNY from MCU usage", () => {
    const costs = dailyUsageCosts(
      {
        mixTranscoding: series({
          UsageKey: MIX_KEYS,
          UsageList: [point("2026-11-01 00:00:00", [0, 0, 60, 0, 0, 0, 0, 0])],
        }),
      },
      CNY,
    );
    expect(costs.days[0]).toMatchObject({ transcoding: 1.95, total: 1.95 });
  });

  it("reports unknown usage keys and missing prices instead of pricing them at 0", () => {
    const costs = dailyUsageCosts(
      {
        mixTranscoding: series({
          UsageKey: [...MIX_KEYS, "8KH266"],
          UsageList: [
            point("2026-11-01 00:00:00", [0, 0, 60, 0, 10, 0, 0, 0, 5]),
            point("2026-11-02 00:00:00", [0, 0, 0, 0, 0, 0, 0, 0, 0, 7]),
          ],
        }),
      },
      CNY,
    );
    expect(costs.days.map((day) => day.transcoding)).toEqual([1.95, 0]);
    expect(costs.unpriced).toEqual([
      {
        source: "mixTranscoding",
        key: "2KH264",
        reason: "no-price",
        priceKey: "mcuMix2kH264",
        quantity: 10,
        unit: "min",
        days: ["2026-11-01"],
      },
      {
        source: "mixTranscoding",
        key: "8KH266",
        reason: "unknown-usage-key",
        priceKey: null,
        quantity: 5,
        unit: "min",
        days: ["2026-11-01", "2026-11-02"],
      },
      {
        source: "mixTranscoding",
        key: "#9",
        reason: "unknown-usage-key",
        priceKey: null,
        quantity: 7,
        unit: "min",
        days: ["2026-11-02"],
      },
    ]);
    expect(costs.isComplete).toBe(false);
  });

  it("bills storage on the day's peak: 0.45 GB × 0.0048 = 0.00216 CNY/day, as the guide", () => {
    const costs = dailyUsageCosts(
      {
        storage: stat({
          Data: [
            { Time: "2026-11-01T00:00:00+08:00", Value: 300_000_000 },
            { Time: "2026-11-01T12:00:00+08:00", Value: 450_000_000 },
            { Time: "2026-11-01T16:00:00Z", Value: 900_000_000 },
          ],
        }),
        storageOutsideMainland: stat({ Data: [{ Time: "2026-11-01T00:00:00+08:00", Value: 1_000_000_000 }] }),
      },
      CNY,
    );
    // 16:00 UTC is midnight in Beijing: the next billing day.
    expect(costs.days.map((day) => [day.date, day.storage])).toEqual([
      ["2026-11-01", 0.00216],
      ["2026-11-02", 0.00432],
    ]);
    expect(costs.unpriced).toEqual([
      {
        source: "storageOutsideMainland",
        key: "storageOutsideMainlandPerGbDay",
        reason: "no-price",
        priceKey: "storageOutsideMainlandPerGbDay",
        quantity: 1,
        unit: "GB",
        days: ["2026-11-01"],
      },
    ]);
  });

  it("prices a day's playback traffic at its volume tier: 1,000 viewers × 1 GB × 0.23 = 230 CNY", () => {
    const flux = stat({ Data: [{ Time: "2026-11-01T00:00:00+08:00", Value: 1_000_000_000_000 }] });
    expect(dailyUsageCosts({ playback: flux }, CNY).days[0]?.playback).toBe(250); // 500 GB–2 TB tier
    const contract = { ...CNY, prices: { ...CNY.prices, traffic500GbTo2Tb: 0.23 } };
    expect(dailyUsageCosts({ playback: flux }, contract).days[0]?.playback).toBe(230);
  });

  it("lists every day of a range and drops points outside it", () => {
    const costs = dailyUsageCosts(
      {
        recordingSingle: series({
          UsageKey: RECORDING_KEYS,
          UsageList: [
            point("2026-10-30 00:00:00", [1000, 0, 0, 0, 0, 0]),
            point("2026-11-01 00:00:00", [1000, 0, 0, 0, 0, 0]),
          ],
        }),
      },
      CNY,
      { from: "2026-10-31", to: "2026-11-02" },
    );
    expect(costs.days.map((day) => [day.date, day.total])).toEqual([
      ["2026-10-31", 0],
      ["2026-11-01", 3.5],
      ["2026-11-02", 0],
    ]);
  });

  it("reads the day from TimeStampKey when TimeKey is missing", () => {
    const costs = dailyUsageCosts(
      {
        recordingSingle: series({ UsageKey: ["HD"], UsageList: [{ TimeStampKey: 1_793_462_400, UsageValue: [1000] }] }),
      },
      CNY,
    );
    expect(costs.days[0]?.date).toBe("2026-11-01"); // 2026-10-31T16:00:00Z
    expect(() =>
      dailyUsageCosts({ recordingSingle: series({ UsageKey: ["HD"], UsageList: [{ UsageValue: [1] }] }) }, CNY),
    ).toThrow("neither TimeKey nor TimeStampKey");
  });

  it("leaves USD's new-recording minutes unpriced", () => {
    const costs = dailyUsageCosts(
      {
        recordingSingle: series({
          UsageKey: RECORDING_KEYS,
          UsageList: [point("2026-11-01 00:00:00", [0, 0, 30, 0, 0, 0])],
        }),
      },
      USD,
    );
    expect(costs.days[0]?.recording).toBe(0);
    expect(costs.unpriced.map((entry) => [entry.key, entry.reason, entry.quantity])).toEqual([["HD", "no-price", 30]]);
  });

  it("prices legacy CSS recording (DescribeRecordStatistic seconds) at the old output-duration prices", () => {
    const costs = dailyUsageCosts(
      {
        legacyRecording: legacy({
          SdkAppIdUsages: [
            {
              SdkAppId: "1400000123",
              Usages: [
                // 61 s of HD rounds up to 2 min: 2 ÷ 1,000 × 14 = 0.028; 600 s of FHD: 10 × 52.5 ÷ 1,000 = 0.525
                { TimeKey: "2026-11-01", Class1VideoTime: 0, Class2VideoTime: 61, Class3VideoTime: 600, AudioTime: 0 },
                { TimeKey: "2026-11-02", Class1VideoTime: 60, Class2VideoTime: 0, Class3VideoTime: 0, AudioTime: 120 },
              ],
            },
          ],
        }),
      },
      CNY,
    );
    expect(costs.days.map((day) => [day.date, day.recording])).toEqual([
      ["2026-11-01", 0.553],
      ["2026-11-02", 0.014], // 1 min SD × 7 + 2 min audio × 3.5, ÷ 1,000
    ]);
    expect(costs.lines).toEqual([
      expect.objectContaining({ key: "Class2VideoTime", priceKey: "oldRecordingHd", quantity: 2, amount: 0.028 }),
      expect.objectContaining({ key: "Class3VideoTime", priceKey: "oldRecordingFhd", quantity: 10, amount: 0.525 }),
      expect.objectContaining({ key: "Class1VideoTime", priceKey: "oldRecordingSd", quantity: 1, amount: 0.007 }),
      expect.objectContaining({ key: "AudioTime", priceKey: "oldRecordingAudio", quantity: 2, amount: 0.007 }),
    ]);
  });

  it("counts a legacy statistic's total once, and reports a field it does not know", () => {
    const usage = (SdkAppId: string, seconds: number) => ({
      SdkAppId,
      Usages: [{ TimeKey: "2026-11-01", Class2VideoTime: seconds, Class4VideoTime: 60 }],
    });
    const costs = dailyUsageCosts(
      {
        legacyRecording: legacy({
          SdkAppIdUsages: [usage("total", 120), usage("1400000123", 60), usage("1400000456", 60)],
        }),
      },
      CNY,
    );
    expect(costs.days[0]?.recording).toBe(0.028);
    expect(costs.unpriced).toEqual([expect.objectContaining({ key: "Class4VideoTime", reason: "unknown-usage-key" })]);
    expect(() =>
      dailyUsageCosts(
        { legacyRecording: legacy({ SdkAppIdUsages: [{ SdkAppId: "1", Usages: [{ AudioTime: 1 }] }] }) },
        CNY,
      ),
    ).toThrow("without a TimeKey");
  });

  it("adds up each priced key over the range: minutes, GB of traffic and GB-days of storage", () => {
    const costs = dailyUsageCosts(
      {
        recordingSingle: series({
          UsageKey: RECORDING_KEYS,
          UsageList: [
            point("2026-11-01 00:00:00", [0, 0, 0.5, 0, 0, 0]),
            point("2026-11-02 00:00:00", [0, 0, 0.5, 0, 0, 0]),
          ],
        }),
        storage: stat({
          Data: [
            { Time: "2026-11-01T00:00:00+08:00", Value: 2_000_000_000 },
            { Time: "2026-11-02T00:00:00+08:00", Value: 3_000_000_000 },
          ],
        }),
        playback: stat({ Data: [{ Time: "2026-11-01T00:00:00+08:00", Value: 10_000_000_000 }] }),
      },
      CNY,
    );
    expect(costs.lines).toEqual([
      {
        source: "recordingSingle",
        key: "HD",
        category: "recording",
        priceKey: "recordingSingleHd",
        unit: "min",
        quantity: 2,
        price: 14,
        amount: 0.028,
      },
      {
        source: "storage",
        key: "storagePerGbDay",
        category: "storage",
        priceKey: "storagePerGbDay",
        unit: "GB-day",
        quantity: 5,
        price: 0.0048,
        amount: 0.024,
      },
      {
        source: "playback",
        key: "traffic0To500Gb",
        category: "playback",
        priceKey: "traffic0To500Gb",
        unit: "GB",
        quantity: 10,
        price: 0.26,
        amount: 2.6,
      },
    ]);
  });
});
