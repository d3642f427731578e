import { describe, expect, it } from "vitest";
import type { CallbackEventTimes } from "../types";
import { inEnglish } from "../testing/outcomes";
import { interpretCallbackEvents as interpretCallbackEventsMessages } from "./callback-events";

// The checks make messages (lib/i18n/message.ts): the tests read them in English words.
const interpretCallbackEvents = inEnglish(interpretCallbackEventsMessages);

const NOW = new Date("2026-12-01T12:00:00Z");
const NONE: CallbackEventTimes = {
  trtcRoomAndMedia: null,
  trtcRecording: null,
  css: null,
  trtcUnverified: null,
  cssUnverified: null,
};

describe("interpretCallbackEvents", () => {
  it("gives the time of the last verified event of each group", () => {
    const lines = interpretCallbackEvents(
      "cloud",
      { ...NONE, trtcRoomAndMedia: new Date("2026-12-01T11:57:00Z"), trtcRecording: new Date("2026-11-30T12:00:00Z") },
      "",
      NOW,
    );
    expect(lines.map((line) => [line.id, line.status, line.title])).toEqual([
      [
        "callbacks.trtc-room-media",
        "ok",
        "Last verified TRTC room or media event (EventGroupId 1, 2): 2026-12-01 11:57 UTC (3 min ago)",
      ],
      [
        "callbacks.trtc-recording",
        "ok",
        "Last verified TRTC cloud-recording event (EventGroupId 3): 2026-11-30 12:00 UTC (24 h ago)",
      ],
      ["callbacks.css", "ok", "No CSS recording callback expected"],
    ]);
  });

  it("warns about each expected group without a verified event, and points at an unverified delivery", () => {
    const lines = interpretCallbackEvents(
      "legacy",
      { ...NONE, trtcUnverified: new Date("2026-12-01T11:00:00Z") },
      "",
      NOW,
    );
    expect(lines.map((line) => [line.id, line.status])).toEqual([
      ["callbacks.trtc-room-media", "warning"],
      ["callbacks.trtc-recording", "ok"],
      ["callbacks.css", "warning"],
    ]);
    expect(lines[0]?.title).toBe("No verified TRTC room or media event (EventGroupId 1, 2) has arrived yet");
    expect(lines[0]?.detail).toContain(
      "A delivery arrived at 2026-12-01 11:00 UTC (60 min ago) whose signature did not verify",
    );
    expect(lines[0]?.fixUrl).toBe("https://console.cloud.tencent.com/trtc/app");
  });

  it("says where to look when the events cannot be read here", () => {
    const lines = interpretCallbackEvents("legacy", null, "Shown on the Overview card.", NOW);
    expect(lines.every((line) => line.status === "not-checked" && line.detail === "Shown on the Overview card.")).toBe(
      true,
    );
  });
});
