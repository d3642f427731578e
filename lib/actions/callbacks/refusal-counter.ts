import type { Db } from "@/lib/db/open-database";
import {
  MAX_REFUSAL_GROUPS,
  OVERFLOW_SOURCE,
  REFUSAL_SAMPLE_BYTES,
  REFUSAL_WRITE_WINDOW_MS,
  countRefusalGroups,
  refusalGroupKey,
  writeRefusal,
  type Refusal,
} from "@/lib/actions/callbacks/store-refusal";

interface Group {
  key: string;
  source: string;
  writtenAtMs: number;
  /** Refusals since the row was last written, not yet added to it. */
  unwritten: number;
  /** The latest of them, cut to what the row keeps (so memory holds a few KB per group). */
  latest: Refusal | null;
}

/** A refusal as the row keeps it: the first REFUSAL_SAMPLE_BYTES of its body, no parsed copy of a cut one. */
function trimmed(refusal: Refusal): Refusal {
  const bodyBytes = Math.max(refusal.bodyBytes, refusal.body.length);
  if (bodyBytes <= REFUSAL_SAMPLE_BYTES) return refusal;
  return { ...refusal, body: Buffer.from(refusal.body.subarray(0, REFUSAL_SAMPLE_BYTES)), bodyBytes, payload: null };
}

/**
 * Counts refusals per group and writes each group's row at most once per window: the first
 * refusal of a window is written at once (so the inbox shows a new kind of refusal right away),
 * and the rest of the window is written when it ends, as one count with the latest one's sample.
 * A flood then costs a row version per group per window, not per request: PostgreSQL keeps every
 * version of an updated row until a vacuum, and PGlite never runs one by itself. A process that
 * dies loses at most a window of counts of refusals, never an event. The groups in the table (past
 * MAX_REFUSAL_GROUPS refusals go to the overflow group) are counted once per window too.
 */
export class RefusalCounter {
  private readonly groups = new Map<string, Group>();
  /** Groups of refusals in the table, as last counted plus those made since. */
  private groupCount: { value: number; checkedAtMs: number } | null = null;
  private counting: Promise<{ value: number; checkedAtMs: number }> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly windowMs: number = REFUSAL_WRITE_WINDOW_MS,
  ) {}

  async record(refusal: Refusal): Promise<void> {
    const nowMs = Date.now();
    const ownKey = refusalGroupKey(refusal.family, refusal.reason, refusal.source);
    const target = this.groups.has(ownKey)
      ? { key: ownKey, source: refusal.source }
      : await this.targetOf(refusal, ownKey, nowMs);
    const group = this.groups.get(target.key);
    if (group && nowMs - group.writtenAtMs < this.windowMs) {
      group.unwritten += 1;
      group.latest = trimmed(refusal);
      this.scheduleFlush();
      return;
    }
    const carried = group?.unwritten ?? 0;
    this.groups.set(target.key, { ...target, writtenAtMs: nowMs, unwritten: 0, latest: null });
    await writeRefusal(this.db, refusal, target, 1 + carried);
  }

  /** Writes every count held in memory now and forgets every group (tests; a clean shutdown). */
  async flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushDue(Number.POSITIVE_INFINITY));
    await this.flushing;
    this.groupCount = null;
  }

  /** Where a source not seen this window counts: its own group, unless the table is full. */
  private async targetOf(refusal: Refusal, ownKey: string, nowMs: number): Promise<{ key: string; source: string }> {
    const groups = await this.groupsNow(nowMs);
    if (groups.value < MAX_REFUSAL_GROUPS) {
      // Counted as made now: a burst of new sources between two counts cannot pass the limit.
      groups.value += 1;
      return { key: ownKey, source: refusal.source };
    }
    return { key: refusalGroupKey(refusal.family, refusal.reason, OVERFLOW_SOURCE), source: OVERFLOW_SOURCE };
  }

  /** The group count, recounted once a window ends; concurrent callers share one count. */
  private async groupsNow(nowMs: number): Promise<{ value: number; checkedAtMs: number }> {
    if (this.groupCount && nowMs - this.groupCount.checkedAtMs < this.windowMs) return this.groupCount;
    this.counting ??= countRefusalGroups(this.db)
      .then((value) => (this.groupCount = { value, checkedAtMs: nowMs }))
      .finally(() => (this.counting = undefined));
    return this.counting;
  }

  private scheduleFlush(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flushing = this.flushing.then(() => this.flushDue(Date.now()));
    }, this.windowMs);
    this.timer.unref();
  }

  /** Writes the windows that ended by `nowMs` and forgets their groups. */
  private async flushDue(nowMs: number): Promise<void> {
    for (const [key, group] of [...this.groups]) {
      if (nowMs - group.writtenAtMs < this.windowMs) continue;
      // Forgotten before the write: a refusal arriving meanwhile starts a window of its own.
      this.groups.delete(key);
      if (!group.latest || group.unwritten === 0) continue;
      try {
        // An upsert: a row deleted meanwhile (retention) is made again, with these counts.
        await writeRefusal(this.db, group.latest, group, group.unwritten);
      } catch (error) {
        console.error(`[callbacks] ${group.unwritten} refusals could not be counted in the inbox:`, error);
      }
    }
    if ([...this.groups.values()].some((group) => group.unwritten > 0)) this.scheduleFlush();
  }
}

const counters = new WeakMap<Db, RefusalCounter>();

/** The process's counter for a database (one per database: tests open several). */
export function refusalCounterFor(db: Db): RefusalCounter {
  let counter = counters.get(db);
  if (!counter) {
    counter = new RefusalCounter(db);
    counters.set(db, counter);
  }
  return counter;
}
