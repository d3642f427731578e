import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import type { UsageLine } from "./usage-costs";
import { describeUnpriced, usageLineFormula } from "./usage-text";

const line = (unit: UsageLine["unit"], quantity: number, price: number, amount: number): UsageLine => ({
  source: "storage",
  key: "k",
  category: "storage",
  priceKey: "storagePerGbDay",
  unit,
  quantity,
  price,
  amount,
});

const unpricedText = (...args: Parameters<typeof describeUnpriced>) => messageText(describeUnpriced(...args));

describe("usage in words", () => {
  it("shows each line's arithmetic in its unit", () => {
    expect(messageText(usageLineFormula(line("min", 2, 14, 0.028), "CNY"))).toBe("2 min ÷ 1,000 × 14 CNY = 0.028 CNY");
    expect(messageText(usageLineFormula(line("GB", 1000, 0.23, 230), "CNY"))).toBe("1,000 GB × 0.23 CNY/GB = 230 CNY");
    expect(messageText(usageLineFormula(line("GB-day", 0.45, 0.0048, 0.00216), "CNY"))).toBe(
      "0.45 GB-days × 0.0048 CNY/GB/day = 0.00216 CNY",
    );
  });

  it("says why usage is unpriced and what to do", () => {
    expect(
      unpricedText(
        {
          source: "mixTranscoding",
          key: "2KH264",
          reason: "no-price",
          priceKey: "mcuMix2kH264",
          quantity: 10,
          unit: "min",
          days: ["2026-11-01"],
        },
        "CNY",
      ),
    ).toBe(
      '10 min of MCU mix transcoding (DescribeMixTranscodingUsage, 2KH264) on 2026-11-01: the price book has no CNY price for "MCU mix transcoding, H.264 2K"; set one under Costs → Price book.',
    );
    expect(
      unpricedText(
        {
          source: "legacyRecording",
          key: "Class4VideoTime",
          reason: "unknown-usage-key",
          priceKey: null,
          quantity: 3,
          unit: "min",
          days: ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"],
        },
        "USD",
      ),
    ).toBe(
      '3 min of Legacy (CSS) recording (DescribeRecordStatistic, Class4VideoTime) on 4 days from 2026-11-01 to 2026-11-04: the console does not know the usage key "Class4VideoTime", so it cannot price it.',
    );
  });
});
