import { describe, expect, it } from "vitest";
import { gbByDay } from "./usage-readings";

describe("reading the usage APIs' answers", () => {
  it("takes storage's daily peak and traffic's daily sum, in GB on Beijing days", () => {
    const items = [
      { time: "2026-12-01T00:00:00+08:00", bytes: 2e9 },
      { time: "2026-12-01T12:00:00+08:00", bytes: 1e9 },
      { time: "2026-12-01T16:00:00Z", bytes: 5e8 },
    ];
    expect(Object.fromEntries(gbByDay(items, "peak"))).toEqual({ "2026-12-01": 2, "2026-12-02": 0.5 });
    expect(Object.fromEntries(gbByDay(items, "sum"))).toEqual({ "2026-12-01": 3, "2026-12-02": 0.5 });
  });
});
