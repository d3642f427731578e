import { messageText } from "@/lib/i18n/message-text";
import { describe, expect, it } from "vitest";
import { CNY } from "@/lib/costs/test-prices";
import type { RecordingTaskRow } from "@/lib/db/schema";
import type { StoredMix } from "@/lib/data/recording-tasks/stored-request";
import { toRecordingTaskDto } from "@/lib/data/recording-tasks/to-recording-task";
import { defaultRecordingLayout } from "@/lib/recording-tasks/layout/default-layout";
import { defaultMixOutput } from "@/lib/recording-tasks/mix-defaults";

const mix: StoredMix = {
  input: {
    roomId: "6001",
    recordId: "1400000123_room6001",
    streamId: "1400000123_room6001_mix",
    output: defaultMixOutput(),
    layout: defaultRecordingLayout(),
  },
  basis: { formats: ["mp4"], retentionDays: 7 },
};

const row = (overrides: Partial<RecordingTaskRow> = {}): RecordingTaskRow => ({
  id: "6f1c2a6e-4a0b-4b7e-9d2a-1f0e5c3b2a10",
  sdkAppId: 1400000123,
  kind: "mcu_mix",
  roomId: "6001",
  status: "ended",
  recordId: mix.input.recordId,
  streamId: mix.input.streamId,
  taskId: null,
  botUserId: null,
  vodSubAppId: 1500000001,
  request: mix,
  cloudStatus: null,
  layoutChanges: [{ at: "2026-12-01T09:00:10.000Z", byEmail: "op@example.com", layout: "custom" }],
  startedByEmail: "op@example.com",
  startedAt: new Date("2026-12-01T09:00:00.000Z"),
  stoppedByEmail: "op@example.com",
  stopRequestedAt: new Date("2026-12-01T09:01:00.000Z"),
  endedAt: new Date("2026-12-01T09:01:00.000Z"),
  endReason: "Stopped by op@example.com.",
  lastError: null,
  lastErrorAt: null,
  files: [
    { fileId: "528589", name: "1400000123_room6001_x_y", type: "mp4", subAppId: 1500000001, durationSeconds: 60 },
  ],
  filesSettledAt: null,
  updatedAt: new Date("2026-12-01T09:01:00.000Z"),
  ...overrides,
});

describe("toRecordingTaskDto", () => {
  it("reshapes a mix: its ids, times as ISO, files linked to the library in their sub-application", () => {
    const dto = toRecordingTaskDto(row(), CNY);
    expect(dto).toMatchObject({
      kind: "mcu_mix",
      recordId: "1400000123_room6001",
      streamId: "1400000123_room6001_mix",
      startedAt: "2026-12-01T09:00:00.000Z",
      stoppedBy: "op@example.com",
      layout: { template: "grid" },
      files: [{ fileId: "528589", href: "/recordings/528589?subAppId=1500000001" }],
    });
  });

  it("prices an hour of it from the price book: transcoding plus the storage of its formats", () => {
    const dto = toRecordingTaskDto(row(), CNY);
    expect(dto?.cost.currency).toBe("CNY");
    expect(dto?.cost.perHour).toBeGreaterThan(0);
    // Legacy recording bills channels per month, never per hour: said, not summed.
    expect(dto?.cost.gaps.map((gap) => messageText(gap)).join(" ")).toMatch(/per month|month's peak/);
  });

  it("leaves out a row whose stored request no longer reads as valid", () => {
    expect(toRecordingTaskDto(row({ request: { input: { roomId: "6001" } } }), CNY)).toBeNull();
  });
});
