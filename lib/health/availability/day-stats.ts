/** One measured delay: which UTC day it belongs to (by when the stream ended) and how long, in ms. */
export interface DelaySample {
  endedAt: Date;
  delayMs: number;
}

export interface DayDelayStats {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  count: number;
  medianMs: number;
  p95Ms: number;
  worstMs: number;
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** Nearest-rank percentile of sorted values (p in 0–100): always one of the measured values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error("A percentile of no values is undefined.");
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}

/**
 * Median, p95 and worst delay per UTC day, oldest day first. Negative delays (clock skew between
 * VOD and the stream's end) count as 0: a file cannot be available before its stream ended.
 */
export function delayStatsByDay(samples: readonly DelaySample[]): DayDelayStats[] {
  const byDay = new Map<string, number[]>();
  for (const sample of samples) {
    const values = byDay.get(dayOf(sample.endedAt)) ?? [];
    values.push(Math.max(0, sample.delayMs));
    byDay.set(dayOf(sample.endedAt), values);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return {
        day,
        count: sorted.length,
        medianMs: percentile(sorted, 50),
        p95Ms: percentile(sorted, 95),
        worstMs: sorted[sorted.length - 1] ?? 0,
      };
    });
}
