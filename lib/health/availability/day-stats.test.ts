import { describe, expect, it } from "vitest";
import { delayStatsByDay, percentile } from "./day-stats";
import { peakConcurrencyByDay } from "./peak-concurrency";

const at = (iso: string) => new Date(iso);

describe("delay statistics per day", () => {
  it("gives the nearest-rank median, p95 and worst of each UTC day, oldest first", () => {
    const day2 = Array.from({ length: 20 }, (_, i) => ({
      endedAt: at("2026-12-02T10:00:00Z"),
      delayMs: (i + 1) * 1000,
    }));
    const stats = delayStatsByDay([
      ...day2,
      { endedAt: at("2026-12-01T23:59:59Z"), delayMs: 45_000 },
      { endedAt: at("2026-12-01T00:00:00Z"), delayMs: 90_000 },
      { endedAt: at("2026-12-01T12:00:00Z"), delayMs: -5_000 },
    ]);
    expect(stats).toEqual([
      { day: "2026-12-01", count: 3, medianMs: 45_000, p95Ms: 90_000, worstMs: 90_000 },
      { day: "2026-12-02", count: 20, medianMs: 10_000, p95Ms: 19_000, worstMs: 20_000 },
    ]);
  });

  it("refuses a percentile of nothing and has no days for no samples", () => {
    expect(() => percentile([], 50)).toThrow(/no values/);
    expect(delayStatsByDay([])).toEqual([]);
  });
});

describe("peak concurrency per day", () => {
  it("counts overlaps, frees a slot before the next start at the same instant, and splits at midnight", () => {
    const spans = [
      { start: at("2026-12-01T10:00:00Z"), end: at("2026-12-01T11:00:00Z") },
      { start: at("2026-12-01T10:30:00Z"), end: at("2026-12-01T12:00:00Z") },
      { start: at("2026-12-01T12:00:00Z"), end: at("2026-12-01T13:00:00Z") },
      { start: at("2026-12-01T23:00:00Z"), end: at("2026-12-02T01:00:00Z") },
      { start: at("2026-12-02T00:30:00Z"), end: null },
    ];
    expect(peakConcurrencyByDay(spans, at("2026-11-30T08:00:00Z"), at("2026-12-02T09:00:00Z"))).toEqual([
      { day: "2026-11-30", peak: 0 },
      { day: "2026-12-01", peak: 2 },
      { day: "2026-12-02", peak: 2 },
    ]);
  });
});
