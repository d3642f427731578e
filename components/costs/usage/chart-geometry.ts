import type { Locale } from "@/lib/i18n/locales";
/** Where the plot sits inside the SVG's viewBox. */
export interface ChartFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Segment<Key extends string> {
  key: Key;
  value: number;
  y: number;
  height: number;
}

export interface Bar<Key extends string> {
  date: string;
  x: number;
  width: number;
  total: number;
  segments: Segment<Key>[];
}

/** A step of 1, 2, 2.5 or 5 × 10ⁿ that splits `max` into about `count` intervals. */
export function niceStep(max: number, count: number): number {
  if (!(max > 0) || count < 1) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw);
  return Number((step ?? 10 * magnitude).toPrecision(12));
}

/** Axis ticks from 0 to the first step at or above `max` (just [0, 1] when there is nothing). */
export function yTicks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const steps = max > 0 ? Math.ceil(Number((max / step).toPrecision(12))) : 1;
  return Array.from({ length: steps + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}

/**
 * Stacked bars, one per day, segments in `keys` order from the bottom up. A segment above 0 is at
 * least 1 unit tall, so that a small cost next to a large one is still seen (its value is exact
 * in the segment's title and in the table).
 */
export function stackBars<Key extends string>(
  days: ReadonlyArray<{ date: string } & Record<Key, number>>,
  keys: readonly Key[],
  frame: ChartFrame,
): { bars: Bar<Key>[]; ticks: Array<{ value: number; y: number }> } {
  const totals = days.map((day) => keys.reduce((sum, key) => sum + day[key], 0));
  const ticks = yTicks(Math.max(0, ...totals));
  const top = ticks.at(-1) ?? 1;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const baseline = frame.height - frame.bottom;
  const slot = (frame.width - frame.left - frame.right) / Math.max(1, days.length);
  const bars = days.map((day, index): Bar<Key> => {
    let y = baseline;
    const segments: Segment<Key>[] = [];
    for (const key of keys) {
      const value = day[key];
      if (!(value > 0)) continue;
      const height = Math.max(1, (value / top) * plotHeight);
      y -= height;
      segments.push({ key, value, y, height });
    }
    return {
      date: day.date,
      x: frame.left + index * slot + slot * 0.15,
      width: slot * 0.7,
      total: totals[index] ?? 0,
      segments,
    };
  });
  return { bars, ticks: ticks.map((value) => ({ value, y: baseline - (value / top) * plotHeight })) };
}

/** An axis tick's label: round steps need at most 3 significant digits, however small they are. */
export function tickLabel(value: number): string {
  return formatTick(value, "en");
}

/** An axis number in the viewer's language's digits and separators. */
export function formatTick(value: number, locale: Locale): string {
  return value.toLocaleString(locale === "en" ? "en-US" : locale, { maximumSignificantDigits: 3 });
}
