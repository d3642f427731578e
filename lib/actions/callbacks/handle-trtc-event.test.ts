import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/open-database";
import { applyRecordingTaskEvent } from "@/lib/actions/recording-tasks/recording-task-events";
import { foldRoomEvent } from "@/lib/actions/rooms/fold-room-event";
import { handleVerifiedTrtcEvent } from "@/lib/actions/callbacks/handle-trtc-event";
import { receivedTrtcEventOf } from "@/lib/callbacks/received-trtc-event";

vi.mock("@/lib/actions/rooms/fold-room-event", () => ({ foldRoomEvent: vi.fn(() => Promise.resolve()) }));
vi.mock("@/lib/actions/recording-tasks/recording-task-events", () => ({
  applyRecordingTaskEvent: vi.fn(() => Promise.resolve()),
}));

const db = {} as Db;
const receivedAt = new Date("2026-12-01T10:00:00.000Z");
const event = (body: Record<string, unknown>) => {
  const parsed = receivedTrtcEventOf(1400000123, body, receivedAt);
  if (!parsed) throw new Error("not an event");
  return parsed;
};

describe("handleVerifiedTrtcEvent", () => {
  beforeEach(() => vi.mocked(foldRoomEvent).mockClear());
  beforeEach(() => vi.mocked(applyRecordingTaskEvent).mockClear());

  it("hands room (1) and media (2) events to the room fold, with the room id's type kept", async () => {
    await handleVerifiedTrtcEvent(
      db,
      event({
        EventGroupId: 1,
        EventType: 103,
        EventInfo: { RoomId: 12345, EventMsTs: 1764583200123, UserId: "alice", Role: 20, Reason: 1, TerminalType: 3 },
      }),
    );
    await handleVerifiedTrtcEvent(
      db,
      event({ EventGroupId: 2, EventType: 204, EventInfo: { RoomId: "r-1", EventTs: "1764583201", UserId: "bob" } }),
    );
    expect(vi.mocked(foldRoomEvent).mock.calls.map(([, folded]) => folded)).toEqual([
      {
        sdkAppId: 1400000123,
        eventGroupId: 1,
        eventType: 103,
        eventInfo: { RoomId: 12345, EventMsTs: 1764583200123, UserId: "alice", Role: 20, Reason: 1 },
        receivedAt,
      },
      // No EventMsTs: EventTs (a string in some samples) in ms stands in.
      {
        sdkAppId: 1400000123,
        eventGroupId: 2,
        eventType: 204,
        eventInfo: { RoomId: "r-1", EventMsTs: 1764583201000, UserId: "bob" },
        receivedAt,
      },
    ]);
    expect(applyRecordingTaskEvent).not.toHaveBeenCalled();
  });

  it("hands cloud-recording events (3) to the tasks, and nothing else to anyone", async () => {
    await handleVerifiedTrtcEvent(
      db,
      event({ EventGroupId: 3, EventType: 301, EventInfo: { RoomId: "r", EventMsTs: 1, TaskId: "t", Payload: {} } }),
    );
    await handleVerifiedTrtcEvent(db, event({ EventGroupId: 8, EventType: 801, EventInfo: { EventMsTs: 1 } }));
    expect(vi.mocked(applyRecordingTaskEvent).mock.calls.map(([, applied]) => applied.eventType)).toEqual([301]);
    expect(foldRoomEvent).not.toHaveBeenCalled();
  });

  it("folds no room event that names no room TRTC could send", async () => {
    for (const RoomId of [null, "", { id: 1 }, true])
      await handleVerifiedTrtcEvent(
        db,
        event({ EventGroupId: 1, EventType: 101, EventInfo: { RoomId, EventMsTs: 5 } }),
      );
    expect(foldRoomEvent).not.toHaveBeenCalled();
  });

  it("reads no event from a body without a group, a type, an EventInfo or a time", () => {
    const info = { RoomId: 1, EventMsTs: 5 };
    expect(receivedTrtcEventOf(1, { EventType: 101, EventInfo: info }, receivedAt)).toBeNull();
    expect(receivedTrtcEventOf(1, { EventGroupId: 1, EventInfo: info }, receivedAt)).toBeNull();
    expect(receivedTrtcEventOf(1, { EventGroupId: 1, EventType: 101, EventInfo: [] }, receivedAt)).toBeNull();
    expect(
      receivedTrtcEventOf(1, { EventGroupId: 1, EventType: 101, EventInfo: { RoomId: 1 } }, receivedAt),
    ).toBeNull();
    expect(
      receivedTrtcEventOf(
        1,
        { EventGroupId: 1, EventType: 101, EventInfo: { RoomId: 1, EventMsTs: 1e300 } },
        receivedAt,
      ),
    ).toBeNull();
  });
});
