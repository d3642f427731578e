import { describe, expect, it } from "vitest";
import type { RecordingTaskRow } from "@/lib/db/schema";
import {
  eventFilesOf,
  mergeFiles,
  taskChangesFromEvents,
} from "@/lib/data/recording-tasks/recording-task-event-changes";
import { taskEventOf, toTaskEventDtos, type TaskEvent } from "@/lib/data/recording-tasks/recording-task-event-parse";
import { messageText } from "@/lib/i18n/message-text";

const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);

const row = (overrides: Partial<RecordingTaskRow> = {}): RecordingTaskRow => ({
  id: "6f1c2a6e-4a0b-4b7e-9d2a-1f0e5c3b2a10",
  sdkAppId: 1400000456,
  kind: "cloud_task",
  roomId: "7001",
  status: "starting",
  recordId: null,
  streamId: null,
  taskId: "task-1",
  botUserId: "bot",
  vodSubAppId: null,
  request: {},
  cloudStatus: null,
  layoutChanges: [],
  startedByEmail: "op@example.com",
  startedAt: new Date(T0),
  stoppedByEmail: null,
  stopRequestedAt: null,
  endedAt: null,
  endReason: null,
  lastError: null,
  lastErrorAt: null,
  files: [],
  filesSettledAt: null,
  updatedAt: new Date(T0),
  ...overrides,
});

const event = (eventType: number, payload: Record<string, unknown>, atMs = T0): TaskEvent => {
  const parsed = taskEventOf(
    eventType,
    { EventInfo: { EventMsTs: atMs, TaskId: "task-1", Payload: payload } },
    new Date(),
  );
  if (!parsed) throw new Error("not an event");
  return parsed;
};

describe("taskChangesFromEvents", () => {
  it("changes nothing without events, or when the row already says what they say", () => {
    expect(taskChangesFromEvents(row(), [])).toEqual({});
    expect(taskChangesFromEvents(row({ status: "recording" }), [event(301, { Status: 0 })])).toEqual({});
  });

  it("does not take a task back from recording or stopping to started", () => {
    expect(taskChangesFromEvents(row({ status: "stopping" }), [event(301, { Status: 0 })])).toEqual({});
  });

  it("notes a failover and an upload start without changing the status", () => {
    const changes = taskChangesFromEvents(row({ status: "recording" }), [
      event(306, { Status: 0 }),
      event(303, { Status: 0 }),
    ]);
    expect(changes).toEqual({});
    const [failover] = toTaskEventDtos([event(306, { Status: 0 })]);
    expect(failover && { ...failover, name: messageText(failover.name) }).toMatchObject({
      name: "Failover",
      isProblem: false,
    });
  });

  it("reports an abnormal end of the upload (312 Status 1)", () => {
    const changes = taskChangesFromEvents(row({ status: "ended" }), [event(312, { Status: 1 }, T0 + 5)]);
    expect(messageText(changes.lastError ?? "")).toContain("VOD_STOP Status 1");
    expect(changes.lastErrorAt?.getTime()).toBe(T0 + 5);
  });

  it("never revives a start the cloud refused", () => {
    expect(
      taskChangesFromEvents(row({ status: "failed" }), [event(301, { Status: 0 }), event(302, { LeaveCode: 0 })]),
    ).toEqual({});
  });
});

describe("311's files", () => {
  it("reads the current nested layout (ms) and the older flat one (s)", () => {
    const nested = event(311, {
      Status: 0,
      TencentVod: { FileId: "11", CacheFile: "a.mp4", StartTimeStamp: T0, EndTimeStamp: T0 + 61_400 },
    });
    const flat = event(311, { Status: 0, FileId: "12", CacheFile: "b.m3u8", BeginTimeStamp: 1000, EndTimeStamp: 1030 });
    const stuck = event(311, { Status: 1, TencentVod: { FileId: "13" } });
    expect(eventFilesOf([nested, flat, stuck], 7)).toEqual([
      { fileId: "11", name: "a", type: "mp4", subAppId: 7, durationSeconds: 61 },
      { fileId: "12", name: "b", type: "m3u8", subAppId: 7, durationSeconds: 30 },
    ]);
  });

  it("prefers what VOD's search says of a file, and keeps the ones it does not list yet", () => {
    const searched = [{ fileId: "11", name: "from VOD", type: "mp4", subAppId: null, durationSeconds: 60 }];
    const reported = [
      { fileId: "11", name: "a", type: "mp4", subAppId: null, durationSeconds: 61 },
      { fileId: "12", name: "b", type: "mp4", subAppId: null, durationSeconds: 5 },
    ];
    expect(mergeFiles(searched, reported).map((file) => file.name)).toEqual(["from VOD", "b"]);
  });
});

describe("taskEventOf", () => {
  it("falls back from EventMsTs to EventTs, then to the arrival, never to a time no Date holds", () => {
    const arrived = new Date(T0 + 9);
    expect(taskEventOf(301, { EventInfo: { EventTs: "1764579600" } }, arrived)?.atMs).toBe(1764579600000);
    expect(taskEventOf(301, { EventInfo: { EventMsTs: Number.MAX_SAFE_INTEGER } }, arrived)?.atMs).toBe(T0 + 9);
    expect(taskEventOf(null, {}, arrived)).toBeNull();
  });
});
