import { billingDateOfIso } from "./billing-date";

/** Per billing day (YYYY-MM-DD, UTC+8), minutes per usage key, not yet rounded. */
export type MinutesByDay = Map<string, Map<string, number>>;

/** One point of a VOD statistic (storage held, traffic served): when, and how many bytes. */
export interface StatPoint {
  /** ISO 8601 with its offset, as VOD gives it. */
  time: string;
  bytes: number;
}

const GB = 1e9;

/** Per day, the peak (storage) or the sum (traffic) of a VOD statistic in bytes, as GB (10⁹ bytes). */
export function gbByDay(points: StatPoint[] | undefined, combine: "peak" | "sum"): Map<string, number> {
  const days = new Map<string, number>();
  for (const point of points ?? []) {
    if (!point.time) continue;
    const date = billingDateOfIso(point.time);
    const gb = point.bytes / GB;
    const previous = days.get(date) ?? 0;
    days.set(date, combine === "peak" ? Math.max(previous, gb) : previous + gb);
  }
  return days;
}
