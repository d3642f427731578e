import { describe, expect, it } from "vitest";
import { formatAmount, formatNumber } from "./money";

describe("money as the console shows it", () => {
  it("rounds to cents from 1 up and keeps small prices' digits below", () => {
    expect(formatAmount(15000, "CNY")).toBe("15,000 CNY");
    expect(formatAmount(1.955, "USD")).toBe("1.96 USD");
    expect(formatAmount(0.00216, "CNY")).toBe("0.00216 CNY");
    expect(formatAmount(0, "CNY")).toBe("0 CNY");
  });

  it("never shows a cost too small for 5 decimals as 0", () => {
    expect(formatAmount(0.00000144, "CNY")).toBe("0.00000144 CNY");
    expect(formatAmount(0.0000012345, "USD")).toBe("0.00000123 USD");
    expect(formatAmount(0.000005, "CNY")).toBe("0.00001 CNY");
  });

  it("writes formula numbers without float noise", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(1234567)).toBe("1,234,567");
  });
});

describe("money in Chinese", () => {
  it("writes 元 and 美元 after the same digits", () => {
    expect(formatAmount(15000, "CNY", "zh-CN")).toBe("15,000 元");
    expect(formatAmount(1.955, "USD", "zh-CN")).toBe("1.96 美元");
    expect(formatAmount(0.00000144, "CNY", "zh-CN")).toBe("0.00000144 元");
    expect(formatNumber(1234567, "zh-CN")).toBe("1,234,567");
  });
});
