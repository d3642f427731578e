import { describe, expect, it } from "vitest";
import { limitConcurrency } from "./limit-concurrency";

/** A task that finishes when the test says so, and records how many ran at once. */
function gatedTasks(count: number) {
  let running = 0;
  let peak = 0;
  const releases: Array<() => void> = [];
  const tasks = Array.from({ length: count }, (_, index) => async () => {
    running += 1;
    peak = Math.max(peak, running);
    await new Promise<void>((resolve) => releases.push(resolve));
    running -= 1;
    return index;
  });
  return { tasks, releases, peak: () => peak, running: () => running };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("limitConcurrency", () => {
  it("runs at most the given number at once, the rest in order, and returns each result", async () => {
    const limit = limitConcurrency(2);
    const gated = gatedTasks(5);
    const results = Promise.all(gated.tasks.map((task) => limit(task)));
    await flush();
    expect(gated.running()).toBe(2);
    while (gated.releases.length > 0 || gated.running() > 0) {
      gated.releases.shift()?.();
      await flush();
      expect(gated.running()).toBeLessThanOrEqual(2);
    }
    expect(await results).toEqual([0, 1, 2, 3, 4]);
    expect(gated.peak()).toBe(2);
  });

  it("frees the slot of a task that fails", async () => {
    const limit = limitConcurrency(1);
    await expect(limit(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limit(async () => "next")).resolves.toBe("next");
  });
});
