/** A task's running span; `end` null: still running at `now`. */
export interface TaskSpan {
  start: Date;
  end: Date | null;
}

export interface DayPeak {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  peak: number;
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The most tasks running at once on each UTC day from `from` to `now` (days with none show 0).
 * A span is cut at each midnight, so a task running across days counts on each; an end and a
 * start at the same instant do not overlap (the quota frees the slot first).
 */
export function peakConcurrencyByDay(spans: readonly TaskSpan[], from: Date, now: Date): DayPeak[] {
  const firstDay = Math.floor(from.getTime() / DAY_MS) * DAY_MS;
  const days: DayPeak[] = [];
  for (let dayStart = firstDay; dayStart <= now.getTime(); dayStart += DAY_MS) {
    const dayEnd = Math.min(dayStart + DAY_MS, now.getTime() + 1);
    // +1 at a start, -1 at an end; ends sort before starts at the same instant.
    const edges: Array<[number, number]> = [];
    for (const span of spans) {
      const start = Math.max(span.start.getTime(), dayStart);
      const end = Math.min(span.end?.getTime() ?? now.getTime() + 1, dayEnd);
      if (start >= end) continue;
      edges.push([start, 1], [end, -1]);
    }
    edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let running = 0;
    let peak = 0;
    for (const [, change] of edges) {
      running += change;
      peak = Math.max(peak, running);
    }
    days.push({ day: dayOf(dayStart), peak });
  }
  return days;
}
