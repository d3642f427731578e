import { describe, expect, it } from "vitest";
import {
  isReconcileDue,
  RECONCILE_HEARD_MS,
  RECONCILE_UNHEARD_MS,
} from "@/lib/data/recording-tasks/recording-task-reconcile";

const NOW = 1_800_000_000_000;
const running = { stopRequestedAt: null };
const stopped = { stopRequestedAt: new Date(NOW - 1000) };

describe("isReconcileDue", () => {
  it("asks once at first, whatever the events said", () => {
    expect(isReconcileDue(running, 3, null, NOW)).toBe(true);
  });

  it("asks once a minute while the task's events arrive, not on every poll", () => {
    expect(isReconcileDue(running, 2, NOW - 5_000, NOW)).toBe(false);
    expect(isReconcileDue(running, 2, NOW - RECONCILE_HEARD_MS + 1, NOW)).toBe(false);
    expect(isReconcileDue(running, 2, NOW - RECONCILE_HEARD_MS, NOW)).toBe(true);
  });

  it("asks every 10 s when nothing was heard of the task, or a stop's 302 has not come", () => {
    expect(isReconcileDue(running, 0, NOW - RECONCILE_UNHEARD_MS + 1, NOW)).toBe(false);
    expect(isReconcileDue(running, 0, NOW - RECONCILE_UNHEARD_MS, NOW)).toBe(true);
    expect(isReconcileDue(stopped, 1, NOW - RECONCILE_UNHEARD_MS, NOW)).toBe(true);
  });
});
