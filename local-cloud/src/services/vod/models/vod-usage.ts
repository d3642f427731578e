import type { PGlite } from "@electric-sql/pglite";
import { partitionOf } from "./media-row";

/** One point of a VOD usage series: the start of its interval in Beijing time, and its value. */
export interface UsagePoint {
  /** `2019-08-22T00:00:00+08:00`: the interval starting then (StatDataItem.Time). */
  time: string;
  value: number;
}

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** `YYYY-MM-DDTHH:mm:ss+08:00`, as VOD's statistics write times. */
export function beijingIso(unixMs: number): string {
  return `${new Date(unixMs + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** Interval starts from `from` (floored to the grid in Beijing time) until `to`. */
export function intervalStarts(from: number, to: number, stepMs: number): number[] {
  const first = Math.floor((from + BEIJING_OFFSET_MS) / stepMs) * stepMs - BEIJING_OFFSET_MS;
  const starts: number[] = [];
  for (let start = first; start <= to; start += stepMs) starts.push(start);
  return starts;
}

/**
 * VOD's usage history: stored bytes over time (from the storage events the database keeps on
 * every insert and delete of media) and bytes served by the media route.
 */
export class VodUsage {
  constructor(private readonly db: PGlite) {}

  async recordServed(subAppId: number, bytes: number): Promise<void> {
    if (bytes <= 0) return;
    await this.db.query("insert into vod_traffic (sub_app_id, bytes) values ($1, $2)", [subAppId, bytes]);
  }

  /**
   * Storage in bytes per interval: its peak within the interval (VOD bills storage on the daily
   * peak), carried over from before the window.
   */
  async storage(subAppId: number | undefined, from: number, to: number, stepMs: number): Promise<UsagePoint[]> {
    const partition = partitionOf(subAppId);
    const before = await this.db.query<{ bytes: string | null }>(
      "select sum(delta)::text as bytes from vod_storage_events where sub_app_id = $1 and at < $2",
      [partition, new Date(from)],
    );
    const events = await this.db.query<{ at: Date; delta: string }>(
      "select at, delta::text as delta from vod_storage_events where sub_app_id = $1 and at >= $2 and at <= $3 order by at, id",
      [partition, new Date(from), new Date(to)],
    );
    let level = Number(before.rows[0]?.bytes ?? 0);
    let next = 0;
    return intervalStarts(from, to, stepMs).map((start) => {
      let peak = level;
      while (next < events.rows.length && (events.rows[next]?.at.getTime() ?? Infinity) < start + stepMs) {
        level += Number(events.rows[next]?.delta ?? 0);
        peak = Math.max(peak, level);
        next += 1;
      }
      return { time: beijingIso(start), value: peak };
    });
  }

  /** Bytes served per interval. */
  async traffic(subAppId: number | undefined, from: number, to: number, stepMs: number): Promise<UsagePoint[]> {
    const result = await this.db.query<{ at: Date; bytes: string }>(
      "select at, bytes::text as bytes from vod_traffic where sub_app_id = $1 and at >= $2 and at <= $3",
      [partitionOf(subAppId), new Date(from), new Date(to)],
    );
    const starts = intervalStarts(from, to, stepMs);
    const totals = starts.map(() => 0);
    for (const row of result.rows) {
      const index = starts.findLastIndex((start) => start <= row.at.getTime());
      if (index >= 0) totals[index] = (totals[index] ?? 0) + Number(row.bytes);
    }
    return starts.map((start, index) => ({ time: beijingIso(start), value: totals[index] ?? 0 }));
  }
}
