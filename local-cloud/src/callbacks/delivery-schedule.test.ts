import { describe, expect, it } from "vitest";
import { cssSchedule, scheduleFor, trtcSchedule } from "./delivery-schedule";

describe("delivery schedules", () => {
  it("TRTC: 5 s timeout, an immediate retry, then every 10 s while the event is at most a minute old", () => {
    const schedule = trtcSchedule();
    expect(schedule.timeoutMs).toBe(5_000);
    const created = 1_000_000;
    expect(schedule.nextAttemptAt(1, created, created + 5_000)).toBe(created + 5_000);
    expect(schedule.nextAttemptAt(2, created, created + 10_000)).toBe(created + 20_000);
    expect(schedule.nextAttemptAt(3, created, created + 45_000)).toBe(created + 55_000);
    expect(schedule.nextAttemptAt(4, created, created + 55_000)).toBeNull();
  });

  it("CSS: tries a minute apart, at most 12 in all", () => {
    const schedule = cssSchedule({ retryIntervalMs: 60_000, maxAttempts: 12 });
    expect(schedule.timeoutMs).toBe(20_000);
    expect(schedule.nextAttemptAt(1, 0, 1_000)).toBe(61_000);
    expect(schedule.nextAttemptAt(11, 0, 1_000)).toBe(61_000);
    expect(schedule.nextAttemptAt(12, 0, 1_000)).toBeNull();
  });

  it("follows the signing: CSS events on CSS's schedule, TRTC events on TRTC's", () => {
    const schedules = { css: cssSchedule({ retryIntervalMs: 1, maxAttempts: 1 }), trtc: trtcSchedule() };
    expect(scheduleFor({ kind: "css", key: null }, schedules)).toBe(schedules.css);
    expect(scheduleFor({ kind: "trtc", key: null, sdkAppId: 1 }, schedules)).toBe(schedules.trtc);
  });
});
