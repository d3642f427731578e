/**
 * The time grid of TRTC's usage actions (reference §2.5): `YYYY-MM-DD` dates in Beijing time, at
 * most 31 days; one day gives 5-minute points, longer ranges daily points.
 */
const BEIJING_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
const FIVE_MINUTES_MS = 5 * 60_000;
export const MAX_USAGE_DAYS = 31;

export interface UsageBucket {
  startMs: number;
  endMs: number;
  /** `YYYY-MM-DD HH:mm:ss` in Beijing time. */
  timeKey: string;
  /** Unix seconds of the bucket's start. */
  timeStampKey: number;
}

/** Midnight in Beijing of a `YYYY-MM-DD` date, in Unix ms; undefined for anything else. */
export function beijingMidnight(date: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const utc = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(utc) ? undefined : utc - BEIJING_OFFSET_MS;
}

const pad = (value: number) => String(value).padStart(2, "0");

export function beijingTimeKey(unixMs: number): string {
  const beijing = new Date(unixMs + BEIJING_OFFSET_MS);
  return (
    `${beijing.getUTCFullYear()}-${pad(beijing.getUTCMonth() + 1)}-${pad(beijing.getUTCDate())} ` +
    `${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}:${pad(beijing.getUTCSeconds())}`
  );
}

/** The buckets from the start of `fromMs`'s day to the end of `toMs`'s day (both Beijing midnights). */
export function usageBuckets(fromMs: number, toMs: number): UsageBucket[] {
  const step = toMs === fromMs ? FIVE_MINUTES_MS : DAY_MS;
  const buckets: UsageBucket[] = [];
  for (let start = fromMs; start < toMs + DAY_MS; start += step) {
    buckets.push({
      startMs: start,
      endMs: start + step,
      timeKey: beijingTimeKey(start),
      timeStampKey: Math.floor(start / 1000),
    });
  }
  return buckets;
}

/** Seconds of [start, end] that fall in [bucketStart, bucketEnd). */
export function overlapSeconds(start: number, end: number, bucketStart: number, bucketEnd: number): number {
  return Math.max(0, Math.min(end, bucketEnd) - Math.max(start, bucketStart)) / 1000;
}
