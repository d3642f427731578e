import { describe, expect, it } from "vitest";
import type { LiveRoomRow } from "@/lib/db/schema";
import { messageText } from "@/lib/i18n/message-text";
import { isRoomStale, staleMarkOf } from "./room-staleness";

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 0, 5, 12, 0, 0);
const STALE_AFTER = 10 * MINUTE;

const room = (changes: Partial<LiveRoomRow>): LiveRoomRow => ({
  sdkAppId: 1400000123,
  roomId: "r",
  roomIdType: 0,
  createdAtMs: NOW - 60 * MINUTE,
  lastOpenAtMs: NOW - 60 * MINUTE,
  dismissedAtMs: null,
  lastEventAtMs: NOW - 30 * MINUTE,
  lastEventReceivedAt: new Date(NOW - 30 * MINUTE),
  repairCheckedAt: null,
  repairOutcome: null,
  ...changes,
});

describe("a stale room", () => {
  it("is one with no event for longer than the period", () => {
    expect(isRoomStale(room({ lastEventReceivedAt: new Date(NOW - 10 * MINUTE) }), NOW, STALE_AFTER)).toBe(false);
    expect(isRoomStale(room({ lastEventReceivedAt: new Date(NOW - 10 * MINUTE - 1) }), NOW, STALE_AFTER)).toBe(true);
  });

  it("is not while DescribeRoomInfo's word that it runs is younger than the period", () => {
    const confirmed = (minutesAgo: number) =>
      room({ repairOutcome: "live", repairCheckedAt: new Date(NOW - minutesAgo * MINUTE) });
    expect(isRoomStale(confirmed(9), NOW, STALE_AFTER)).toBe(false);
    expect(isRoomStale(confirmed(11), NOW, STALE_AFTER)).toBe(true);
    expect(isRoomStale(room({ repairOutcome: "no-package", repairCheckedAt: new Date(NOW) }), NOW, STALE_AFTER)).toBe(
      true,
    );
  });

  it("says for how long it has been quiet and what the console did about it", () => {
    const mark = staleMarkOf(room({ repairOutcome: "no-package", repairCheckedAt: new Date(NOW) }), NOW, STALE_AFTER);
    expect(mark?.lastEventAt).toBe(new Date(NOW - 30 * MINUTE).toISOString());
    expect(messageText(mark?.note ?? "")).toMatch(/^No event from TRTC for 30 minutes: .* no monitoring package/);
    expect(messageText(staleMarkOf(room({}), NOW, STALE_AFTER)?.note ?? "")).toContain(
      "checking it with DescribeRoomInfo",
    );
    expect(staleMarkOf(room({ lastEventReceivedAt: new Date(NOW) }), NOW, STALE_AFTER)).toBeNull();
  });
});
