import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { buildChecklist, type ChecklistFacts } from "./checklist";

const NOW = new Date("2026-12-01T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

const NOTHING: ChecklistFacts = {
  generation: "legacy",
  savedSettings: null,
  tasks: { count: 0, lastStartedAt: null },
  hasTrtcCallbackKey: false,
  lastTrtcRoomOrMediaEvent: null,
  lastTrtcRecordingEvent: null,
  lastCssCallback: null,
  recordings: { count: 0, newestAt: null, calledBackCount: 0, lastCalledBackAt: null },
  firstPlayed: null,
};

/** Each item as [id, state, detail in English, link]. */
const inWords = (facts: ChecklistFacts) =>
  buildChecklist(facts, NOW).map((item) => [item.id, item.state, messageText(item.detail), item.href]);

describe("buildChecklist", () => {
  it("has everything still to do for a legacy app the console has not set up", () => {
    expect(inWords(NOTHING)).toEqual([
      [
        "recording",
        "todo",
        "Not set up from this console yet: choose global auto-recording or specified-user recording.",
        "/settings",
      ],
      ["cssCallback", "todo", "No callback URL is set in the recording settings.", "/settings"],
      ["trtcCallbacks", "todo", "No TRTC callback key yet: generate one under Settings.", "/settings"],
      ["firstRecording", "todo", "No recording yet.", "/recordings"],
      ["played", "todo", "Comes with the first recording.", "/recordings"],
      ["calledBack", "todo", "Comes with the first recording.", "/callbacks"],
    ]);
  });

  it("says how a legacy app records, and when its callbacks and recordings were last seen", () => {
    const items = inWords({
      ...NOTHING,
      savedSettings: { enabled: true, mode: "global", formats: ["hls", "mp4"], hasCallbackUrl: true },
      hasTrtcCallbackKey: true,
      lastTrtcRoomOrMediaEvent: minutesAgo(30),
      lastTrtcRecordingEvent: minutesAgo(3),
      lastCssCallback: minutesAgo(120),
      recordings: { count: 2, newestAt: minutesAgo(5), calledBackCount: 1, lastCalledBackAt: minutesAgo(5) },
    });
    expect(items).toEqual([
      ["recording", "done", "Global auto-recording, HLS + MP4", "/settings"],
      ["cssCallback", "done", "Last CSS recording callback 2 h ago", "/callbacks"],
      ["trtcCallbacks", "done", "Last TRTC callback 3 min ago", "/callbacks"],
      ["firstRecording", "done", "2 recordings, the newest 5 min ago", "/recordings"],
      ["played", "todo", "None played in the console yet: play one on the Recordings page.", "/recordings"],
      ["calledBack", "done", "1 recording announced by a callback, the last 5 min ago", "/callbacks"],
    ]);
  });

  it("is not done while recording is off, a URL is set but nothing arrived, or no file was called back", () => {
    const items = inWords({
      ...NOTHING,
      savedSettings: { enabled: false, mode: "chosen", formats: ["mp4"], hasCallbackUrl: true },
      hasTrtcCallbackKey: true,
      recordings: { count: 1, newestAt: minutesAgo(1), calledBackCount: 0, lastCalledBackAt: null },
    });
    expect(items.map(([id, state, detail]) => [id, state, detail])).toEqual([
      ["recording", "todo", "Recording is turned off in the recording settings."],
      ["cssCallback", "todo", "Callback URL set; no CSS recording callback has arrived yet."],
      [
        "trtcCallbacks",
        "todo",
        "Callback key set; no TRTC callback has arrived yet: give TRTC's console the URL and key.",
      ],
      ["firstRecording", "done", "1 recording, the newest 60 s ago"],
      ["played", "todo", "None played in the console yet: play one on the Recordings page."],
      ["calledBack", "todo", "No recording has been announced by a callback yet."],
    ]);
  });

  it("gives a cloud-recording app its tasks instead of saved settings, and no CSS callback item", () => {
    const cloud = { ...NOTHING, generation: "cloud" as const };
    expect(inWords(cloud).map(([id]) => id)).toEqual([
      "recording",
      "trtcCallbacks",
      "firstRecording",
      "played",
      "calledBack",
    ]);
    expect(inWords(cloud)[0]).toEqual([
      "recording",
      "todo",
      "Cloud recording: no task started yet. Start one from a room.",
      "/rooms",
    ]);
    expect(inWords(cloud)[2]?.[3]).toBe("/rooms");
    expect(inWords({ ...cloud, tasks: { count: 3, lastStartedAt: minutesAgo(60 * 48) } })[0]).toEqual([
      "recording",
      "done",
      "Cloud recording: 3 tasks started, the last 2 days ago",
      "/rooms",
    ]);
  });

  it("is played once the console's player played a recording, linking to that recording's page", () => {
    const played = (vodSubAppId: number | null) =>
      inWords({
        ...NOTHING,
        recordings: { count: 3, newestAt: minutesAgo(2), calledBackCount: 0, lastCalledBackAt: null },
        firstPlayed: { fileId: "5285890800000000001", vodSubAppId, at: minutesAgo(90) },
      }).find(([id]) => id === "played");
    expect(played(null)).toEqual(["played", "done", "First played 2 h ago", "/recordings/5285890800000000001"]);
    expect(played(1500000002)?.[3]).toBe("/recordings/5285890800000000001?subAppId=1500000002");
  });
});
