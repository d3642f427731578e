import { describe, expect, it } from "vitest";
import { niceStep, stackBars, tickLabel, yTicks } from "./chart-geometry";

const FRAME = { width: 140, height: 120, left: 20, right: 20, top: 10, bottom: 10 };

describe("the usage chart's geometry", () => {
  it("picks round steps and ticks that cover the tallest bar", () => {
    expect(niceStep(10, 4)).toBe(2.5);
    expect(niceStep(0.00216, 4)).toBe(0.001);
    expect(niceStep(0, 4)).toBe(1);
    expect(yTicks(9)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(yTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(yTicks(0)).toEqual([0, 1]);
  });

  it("stacks each day's categories bottom up, scaled to the top tick", () => {
    const { bars, ticks } = stackBars(
      [
        { date: "2026-12-01", a: 5, b: 5 },
        { date: "2026-12-02", a: 0, b: 2.5 },
      ],
      ["a", "b"] as const,
      FRAME,
    );
    expect(ticks.map((tick) => [tick.value, tick.y])).toEqual([
      [0, 110],
      [2.5, 85],
      [5, 60],
      [7.5, 35],
      [10, 10],
    ]);
    expect(bars[0]).toMatchObject({ date: "2026-12-01", x: 27.5, width: 35, total: 10 });
    expect(bars[0]?.segments).toEqual([
      { key: "a", value: 5, y: 60, height: 50 },
      { key: "b", value: 5, y: 10, height: 50 },
    ]);
    expect(bars[1]?.segments).toEqual([{ key: "b", value: 2.5, y: 85, height: 25 }]);
  });

  it("keeps a tiny cost visible next to a large one", () => {
    const { bars } = stackBars(
      [
        { date: "2026-12-01", a: 1000 },
        { date: "2026-12-02", a: 0.001 },
      ],
      ["a"] as const,
      FRAME,
    );
    expect(bars[1]?.segments[0]?.height).toBe(1);
  });

  it("labels ticks of any size without rounding them together", () => {
    expect(yTicks(0.0000014).map(tickLabel)).toEqual(["0", "0.0000005", "0.000001", "0.0000015"]);
    expect(yTicks(1100).map(tickLabel)).toEqual(["0", "500", "1,000", "1,500"]);
  });
});
