import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { projectMonth } from "./month-projection";
import type { DailyCost } from "./usage-costs";

const day = (date: string, recording: number, storage = 0): DailyCost => ({
  date,
  recording,
  storage,
  playback: 0,
  transcoding: 0,
  total: recording + storage,
});

describe("this month so far and projected", () => {
  it("projects the complete days' average over the days left, today included", () => {
    const days = [
      day("2026-10-31", 1000),
      ...Array.from({ length: 9 }, (_, index) => day(`2026-11-0${index + 1}`, 9, 1)),
      day("2026-11-10", 3),
    ];
    const projection = projectMonth(days, "2026-11-10", "CNY");
    expect(projection.soFar).toMatchObject({ recording: 84, storage: 9, total: 93 });
    expect(projection.completeDays).toBe(9);
    expect(projection.projected).toMatchObject({ recording: 270, storage: 30, total: 300 });
    expect(messageText(projection.formula)).toBe("90 CNY over 9 complete days + 10 CNY/day × 21 days left = 300 CNY");
  });

  it("counts days without usage as 0", () => {
    const projection = projectMonth([day("2026-11-01", 10), day("2026-11-03", 10)], "2026-11-05", "CNY");
    expect(projection.projected?.total).toBe(150); // 20 over 4 days + 5/day × 26 days
  });

  it("has no projection on the 1st", () => {
    const projection = projectMonth([day("2026-11-01", 4)], "2026-11-01", "USD");
    expect(projection.soFar.total).toBe(4);
    expect(projection.projected).toBeNull();
  });

  it("knows the month's length", () => {
    expect(projectMonth([day("2028-02-01", 2)], "2028-02-02", "CNY")).toMatchObject({
      daysInMonth: 29,
      projected: { total: 58 },
    });
  });
});
