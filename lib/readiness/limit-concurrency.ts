/** Runs a task when a slot is free; resolves or rejects with what the task does. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * At most `slots` tasks at once, the rest queued in order. The readiness check sends a few dozen
 * calls; a handful at a time keeps it quick while staying far below Tencent's per-action limits
 * (TRTC: 20 a second per action, CSS 200, VOD 100; no action is sent more than twice).
 */
export function limitConcurrency(slots: number): Limiter {
  if (!Number.isInteger(slots) || slots < 1) throw new Error("limitConcurrency needs at least one slot");
  let running = 0;
  const waiting: Array<() => void> = [];
  // A finished task hands its slot straight to the next one waiting, so none can slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return async (task) => {
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
