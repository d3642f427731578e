import { describe, expect, it } from "vitest";
import {
  addDays,
  billingDateOf,
  billingDateOfIso,
  datesBetween,
  daysInMonthOf,
  daysSpanned,
  firstOfMonth,
  isCalendarDate,
} from "./billing-date";

describe("billing days (UTC+8)", () => {
  it("puts an instant on its Beijing day", () => {
    expect(billingDateOf(Date.parse("2026-11-30T15:59:59Z"))).toBe("2026-11-30");
    expect(billingDateOf(Date.parse("2026-11-30T16:00:00Z"))).toBe("2026-12-01");
    expect(billingDateOfIso("2026-12-01T00:00:00+08:00")).toBe("2026-12-01");
    expect(() => billingDateOfIso("soon")).toThrow("not an ISO 8601 time");
  });

  it("tells real calendar dates from look-alikes", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-1-01")).toBe(false);
  });

  it("counts and steps days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysSpanned("2026-12-01", "2026-12-01")).toBe(1);
    expect(daysSpanned("2026-12-01", "2026-12-31")).toBe(31);
    expect(datesBetween("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
    expect(firstOfMonth("2026-12-17")).toBe("2026-12-01");
    expect(daysInMonthOf("2026-02-10")).toBe(28);
    expect(() => firstOfMonth("December")).toThrow("not a YYYY-MM-DD date");
  });
});
