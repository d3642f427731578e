import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { CNY, USD } from "./test-prices";
import { trtcUsageMinutes } from "@/lib/cloud/trtc/usage-minutes";
import type { UsageReadings } from "./usage-costs";
import { buildUsageReport, monthSoFar } from "./usage-report";

const PRICES = { CNY, USD };
const hdMinutes = (days: Array<[string, number]>): UsageReadings => ({
  recordingSingle: trtcUsageMinutes(
    {
      UsageKey: ["Audio", "SD", "HD", "FullHD", "2K", "4K"],
      UsageList: days.map(([date, minutes]) => ({ TimeKey: `${date} 00:00:00`, UsageValue: [0, 0, minutes, 0, 0, 0] })),
    },
    "DescribeRecordingUsage",
  ),
});

describe("the usage report", () => {
  it("serves this month so far from the range's own responses", () => {
    const usage = hdMinutes([
      ["2026-12-01", 1000],
      ["2026-12-02", 1000],
      ["2026-12-03", 500],
    ]);
    const report = buildUsageReport(
      {
        range: monthSoFar("2026-12-03"),
        today: "2026-12-03",
        storageSubAppId: null,
        rangeUsage: usage,
        monthUsage: {},
        failures: [],
      },
      PRICES,
    );
    expect(report.month).toEqual({ from: "2026-12-01", to: "2026-12-03" });
    const cny = report.byCurrency.CNY;
    expect(cny.costs.days.map((day) => day.recording)).toEqual([14, 14, 7]);
    expect(cny.month.soFar.total).toBe(35);
    // 28 CNY over 2 complete days + 14 CNY/day × 29 days left
    expect(cny.month.projected?.total).toBe(434);
    // USD has no new-recording prices: nothing priced, and the month says what it leaves out.
    expect(report.byCurrency.USD.month.soFar.total).toBe(0);
    expect(report.byCurrency.USD.monthUnpricedText.map((text) => messageText(text))).toEqual([
      '2,500 min of Cloud-recording tasks, single stream (DescribeRecordingUsage (single), HD) on 2026-12-01, 2026-12-02, 2026-12-03: the price book has no USD price for "Recording, single stream, HD ≤ 1280×720"; set one under Costs → Price book.',
    ]);
    expect(
      cny.breakdown.map((line) => ({ ...line, label: messageText(line.label), formula: messageText(line.formula) })),
    ).toEqual([
      expect.objectContaining({
        label: "Cloud-recording tasks, single stream",
        formula: "2,500 min ÷ 1,000 × 14 CNY = 35 CNY",
      }),
    ]);
  });

  it("projects from this month's responses when the range is another", () => {
    const report = buildUsageReport(
      {
        range: { from: "2026-11-01", to: "2026-11-30" },
        today: "2026-12-02",
        storageSubAppId: 7,
        rangeUsage: hdMinutes([["2026-11-15", 1000]]),
        monthUsage: hdMinutes([["2026-12-01", 2000]]),
        failures: [{ source: "storage", period: "range", message: "The cloud is rate-limiting requests." }],
      },
      PRICES,
    );
    const cny = report.byCurrency.CNY;
    expect(cny.costs.days).toHaveLength(30);
    expect(cny.costs.days.find((day) => day.date === "2026-11-15")?.total).toBe(14);
    expect(cny.month.soFar.total).toBe(28);
    expect(cny.month.projected?.total).toBe(868); // 28 CNY/day × 31 days
    expect(report.failures.map((failure) => ({ ...failure, what: messageText(failure.what) }))).toEqual([
      {
        source: "storage",
        period: "range",
        message: "The cloud is rate-limiting requests.",
        what: "VOD storage, Chinese mainland (DescribeStorageDetails)",
      },
    ]);
    expect(report.storageSubAppId).toBe(7);
  });
});
