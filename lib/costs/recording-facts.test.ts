import { describe, expect, it } from "vitest";
import { estimateLibraryRecording, recordingFactsOf, type RecordingCostSource } from "./recording-facts";
import { CNY } from "./test-prices";
import { messageText } from "@/lib/i18n/message-text";

/** A line's or gap's message in English (undefined stays undefined, so a missing line still fails). */
const english = (text: string | undefined) => (text === undefined ? undefined : messageText(text));

const legacyMp4: RecordingCostSource = {
  type: "mp4",
  durationSeconds: 3600,
  sizeBytes: 450_000_000,
  bitrate: 1_000_000,
  width: 1280,
  height: 720,
  createdAt: "2026-12-01T02:00:00Z",
  expiresAt: "2026-12-31T02:00:00Z",
  source: { type: "Record", liveRecord: null, trtcRecord: null },
  parts: null,
};

const task = (rule: "cloudSingle" | "cloudMixed" | null, userIds: string[]): RecordingCostSource => ({
  ...legacyMp4,
  source: { type: "TrtcRecord", liveRecord: null, trtcRecord: { sdkAppId: 1, roomId: "1", taskId: "t", userIds } },
  parts: rule
    ? {
        rule,
        prefix: null,
        sdkAppId: 1,
        roomId: "1",
        userId: null,
        streamType: null,
        userDefineRecordId: null,
        index: null,
        start: null,
        end: null,
      }
    : null,
});

describe("a library recording's estimate facts", () => {
  it("prices a legacy CSS recording as old output-duration recording, kept for its retention", () => {
    const { facts, notes } = recordingFactsOf(legacyMp4);
    expect(facts).toMatchObject({ recordedUnder: "old", retention: { days: 30 }, mix: null, format: "mp4" });
    expect(notes).toEqual([]);
    const estimate = estimateLibraryRecording(legacyMp4, CNY);
    expect(estimate.lines.map((line) => [line.priceKey, line.amount])).toEqual([
      ["oldRecordingHd", 0.84],
      ["storagePerGbDay", 0.0648], // 0.45 GB × 0.0048 × 30 days
    ]);
    expect(estimate.total).toBe(0.9048);
  });

  it("prices cloud-recording tasks at the new prices, a mix per listed user", () => {
    expect(recordingFactsOf(task("cloudSingle", ["a"])).facts).toMatchObject({ recordedUnder: "new", mix: null });
    expect(recordingFactsOf(task("cloudMixed", ["a", "b", "c"])).facts.mix).toEqual({ inputs: 3 });
    expect(recordingFactsOf(task(null, ["a", "b"])).facts.mix).toEqual({ inputs: 2 });
    const mixed = estimateLibraryRecording(task("cloudMixed", ["a", "b"]), CNY);
    expect(mixed.lines[0]).toMatchObject({ priceKey: "recordingMixedHd", amount: 4.2 }); // 60 × 35 × 2 ÷ 1,000
  });

  it("says what it had to assume", () => {
    const noUsers = estimateLibraryRecording(task("cloudMixed", []), CNY);
    expect(noUsers.gaps.map(english)).toContain("VOD lists no users for this mix, so it is priced as one input.");
    expect(noUsers.isComplete).toBe(false);
    const noDate = recordingFactsOf({ ...legacyMp4, createdAt: "" });
    expect(noDate.facts.retention).toBe("forever");
    expect(english(noDate.notes[0])).toContain("retention is unknown");
    expect(recordingFactsOf({ ...legacyMp4, expiresAt: null }).facts.retention).toBe("forever");
  });

  it("prices an upload as storage only", () => {
    const upload = { ...legacyMp4, source: { type: "Upload", liveRecord: null, trtcRecord: null } };
    expect(recordingFactsOf(upload).facts.recordedUnder).toBeNull();
    expect(estimateLibraryRecording(upload, CNY).lines.map((line) => line.category)).toEqual(["storage"]);
  });
});
