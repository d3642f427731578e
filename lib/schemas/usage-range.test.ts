import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { parseUsageSearch, usageRangePresets, usageSearchQuery } from "./usage-range";

const TODAY = "2026-12-17";

describe("the usage page's URL state", () => {
  it("defaults to this month so far, in CNY", () => {
    expect(parseUsageSearch({}, TODAY)).toEqual({
      ok: true,
      search: { range: { from: "2026-12-01", to: TODAY }, currency: "CNY" },
    });
    expect(parseUsageSearch(new URLSearchParams("to=2026-11-20&currency=USD"), TODAY)).toEqual({
      ok: true,
      search: { range: { from: "2026-11-01", to: "2026-11-20" }, currency: "USD" },
    });
    expect(parseUsageSearch({ from: "2026-12-10" }, TODAY)).toMatchObject({
      ok: true,
      search: { range: { from: "2026-12-10", to: TODAY } },
    });
  });

  it("accepts 31 days and refuses 32, saying why", () => {
    expect(parseUsageSearch({ from: "2026-11-01", to: "2026-12-01" }, TODAY).ok).toBe(true);
    const result = parseUsageSearch({ from: "2026-11-01", to: "2026-12-02" }, TODAY);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(messageText(result.fieldErrors.to?.[0] ?? "")).toContain("at most 31 days");
  });

  it("refuses bad dates, reversed and future ranges, ranges past VOD's history, and other currencies", () => {
    const message = (params: Record<string, string>) => {
      const result = parseUsageSearch(params, TODAY);
      return result.ok ? "" : messageText(result.message);
    };
    expect(message({ from: "12/01/2026", to: TODAY })).toBe(
      "The start date must be written YYYY-MM-DD, e.g. 2026-12-01.",
    );
    expect(message({ from: "2026-11-31", to: TODAY })).toBe("2026-11-31 is not a date on the calendar.");
    expect(message({ from: "2026-12-10", to: "2026-12-09" })).toBe("The end date must not be before the start date.");
    expect(message({ from: "2026-12-10", to: "2026-12-18" })).toBe(
      "The range must end today (2026-12-17, Beijing time) or earlier.",
    );
    expect(message({ from: "2025-12-01", to: "2025-12-05" })).toBe(
      "The range must start on 2025-12-18 or later: VOD keeps usage statistics for 365 days.",
    );
    expect(message({ currency: "EUR" })).toBe('The currency is CNY or USD, not "EUR".');
  });

  it("writes only what differs from the defaults into the URL", () => {
    expect(usageSearchQuery({ range: { from: "2026-12-01", to: TODAY }, currency: "CNY" }, TODAY)).toBe("");
    expect(usageSearchQuery({ range: { from: "2026-12-01", to: TODAY }, currency: "USD" }, TODAY)).toBe("currency=USD");
    expect(usageSearchQuery({ range: { from: "2026-11-01", to: "2026-11-30" }, currency: "CNY" }, TODAY)).toBe(
      "from=2026-11-01&to=2026-11-30",
    );
  });

  it("offers presets that the schema accepts", () => {
    const presets = usageRangePresets("2027-01-01");
    expect(presets.map((preset) => preset.range)).toEqual([
      { from: "2027-01-01", to: "2027-01-01" },
      { from: "2026-12-26", to: "2027-01-01" },
      { from: "2026-12-02", to: "2027-01-01" },
      { from: "2026-12-01", to: "2026-12-31" },
    ]);
    for (const { range } of presets) expect(parseUsageSearch(range, "2027-01-01").ok).toBe(true);
  });
});
