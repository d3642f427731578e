/**
 * Work on one key (a recording) runs one step at a time; a failing step is reported and does not
 * stop the next.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly onError: (key: string, error: unknown) => void) {}

  enqueue(key: string, step: () => Promise<void>): void {
    const next = (this.tails.get(key) ?? Promise.resolve())
      .then(step)
      .catch((error: unknown) => this.onError(key, error));
    this.tails.set(key, next);
    void next.finally(() => {
      if (this.tails.get(key) === next) this.tails.delete(key);
    });
  }

  /** The end of what is queued for `key` now, if anything is. */
  tail(key: string): Promise<void> | undefined {
    return this.tails.get(key);
  }

  pending(): Promise<void>[] {
    return [...this.tails.values()];
  }

  get size(): number {
    return this.tails.size;
  }
}

/** Background work (finalizing, reporting) with the source it is for, so one source's can be awaited. */
export class OwnedWork {
  private readonly work = new Map<Promise<void>, string>();

  add(work: Promise<void>, owner: string): void {
    this.work.set(work, owner);
    void work.finally(() => this.work.delete(work));
  }

  of(owner: string): Promise<void>[] {
    return [...this.work].filter(([, by]) => by === owner).map(([work]) => work);
  }

  all(): Promise<void>[] {
    return [...this.work.keys()];
  }

  get size(): number {
    return this.work.size;
  }
}

/** Timers that all end at once on close. */
export class TimerSet {
  private readonly timers = new Set<NodeJS.Timeout>();

  set(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  clear(timer: NodeJS.Timeout | undefined): void {
    if (!timer) return;
    clearTimeout(timer);
    this.timers.delete(timer);
  }

  clearAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
