import { describe, expect, it } from "vitest";
import { CloudError } from "@/lib/cloud/errors";
import type { RoomRecord } from "@/lib/cloud/trtc/describe-room-info";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { foldRoomEvent } from "@/lib/actions/rooms/fold-room-event";
import type { AskRoomInfo } from "@/lib/actions/rooms/repair-stale-room";
import { roomEvent, T0, TEST_APP } from "@/lib/rooms/testing/room-events";
import { readLiveRoom, readLiveRooms } from "@/lib/data/rooms/room-reading";
import { hasRoomEmptiedSince } from "@/lib/data/rooms/rooms";
import { messageText } from "@/lib/i18n/message-text";

const MINUTE = 60_000;
const STALE_AFTER_MINUTES = 10;

/** A stand-in for DescribeRoomInfo that answers as told and counts its calls. */
function tencent(answer: (roomId: string) => RoomRecord[] | CloudError) {
  const calls: string[] = [];
  const ask: AskRoomInfo = async (input) => {
    const roomId = input.roomId ?? "";
    calls.push(roomId);
    const result = answer(roomId);
    if (result instanceof CloudError) throw result;
    return { rooms: result, total: result.length };
  };
  return { ask, calls };
}

const instance = (roomId: string, isFinished: boolean): RoomRecord => ({
  roomId,
  commId: `${TEST_APP}_${roomId}_1`,
  createdAt: Math.floor(T0 / 1000),
  isFinished,
});
const cloudError = (code: CloudError["code"]) => new CloudError(code, "refused", "Some.Code", "req-1", false);

describe.each(testDatabaseKinds())("reading the live rooms on $name", (kind) => {
  const handle = useTestDatabase(kind);
  let counter = 0;

  /** A room with one user publishing, whose last event arrived at T0 + 200 ms. */
  async function quietRoom(prefix: string): Promise<string> {
    const roomId = `${prefix}-${(counter += 1)}`;
    for (const event of [
      roomEvent("createRoom", 0, { roomId, userId: "ann" }),
      roomEvent("enterRoom", 0, { roomId, userId: "ann", role: 20 }),
      roomEvent("startVideo", 0, { roomId, userId: "ann" }),
    ])
      await foldRoomEvent(handle.db, event);
    return roomId;
  }
  const readAt = (roomId: string, minutes: number, ask: AskRoomInfo) =>
    readLiveRoom(handle.db, TEST_APP, roomId, {
      now: new Date(T0 + minutes * MINUTE),
      staleAfterMinutes: STALE_AFTER_MINUTES,
      ask,
    });

  it("shows a room with recent events as it is, without asking Tencent", async () => {
    const roomId = await quietRoom("fresh");
    const cloud = tencent(() => []);
    const reading = await readAt(roomId, 9, cloud.ask);
    expect(reading).toMatchObject({ staleAfterMinutes: 10, room: { roomId, stale: null, users: [{ userId: "ann" }] } });
    expect(cloud.calls).toEqual([]);
  });

  it("marks a quiet room stale and, without the monitoring package, keeps the mark with a plain note", async () => {
    const roomId = await quietRoom("no-package");
    const cloud = tencent(() => cloudError("CLOUD_MONITORING_PACKAGE_REQUIRED"));
    const first = await readAt(roomId, 11, cloud.ask);
    expect(first.room?.users.map((user) => user.userId)).toEqual(["ann"]);
    expect(messageText(first.room?.stale?.note ?? "")).toContain("No event from TRTC for 10 minutes");
    expect(messageText(first.room?.stale?.note ?? "")).toContain("no monitoring package");
    // Every poll of every viewer reads the same mark; Tencent is asked once per room and period.
    const again = await readAt(roomId, 12, cloud.ask);
    expect(messageText(again.room?.stale?.note ?? "")).toContain("no monitoring package");
    expect(cloud.calls).toEqual([roomId]);
    await readAt(roomId, 22, cloud.ask);
    expect(cloud.calls).toEqual([roomId, roomId]);
  });

  it("asks Tencent once for a stale room however many read it at once", async () => {
    const roomId = await quietRoom("concurrent");
    const cloud = tencent(() => cloudError("CLOUD_MONITORING_PACKAGE_REQUIRED"));
    await Promise.all([1, 2, 3, 4].map(() => readAt(roomId, 15, cloud.ask)));
    expect(cloud.calls).toEqual([roomId]);
  });

  it("closes a stale room DescribeRoomInfo says has finished, and a later event reopens it", async () => {
    const roomId = await quietRoom("finished");
    const cloud = tencent((asked) => [instance(asked, true)]);
    expect((await readAt(roomId, 11, cloud.ask)).room).toBeNull();
    expect(cloud.calls).toEqual([roomId]);
    await foldRoomEvent(handle.db, roomEvent("enterRoom", 12 * MINUTE, { roomId, userId: "ben", role: 20 }));
    const reopened = await readAt(roomId, 12, cloud.ask);
    expect(reopened.room?.users.map((user) => user.userId)).toEqual(["ben"]);
  });

  it("takes the mark off a stale room DescribeRoomInfo says still runs, for one more period", async () => {
    const roomId = await quietRoom("running");
    const cloud = tencent((asked) => [instance(asked, true), instance(asked, false)]);
    expect((await readAt(roomId, 11, cloud.ask)).room).toMatchObject({ stale: null, users: [{ userId: "ann" }] });
    expect((await readAt(roomId, 20, cloud.ask)).room?.stale).toBeNull();
    expect(cloud.calls).toEqual([roomId]);
    await readAt(roomId, 22, cloud.ask);
    expect(cloud.calls).toEqual([roomId, roomId]);
  });

  it("keeps the mark, saying why, when DescribeRoomInfo fails or does not list the room", async () => {
    const failing = await quietRoom("failing");
    const unlisted = await quietRoom("unlisted");
    const cloud = tencent((asked) => (asked === failing ? cloudError("CLOUD_RATE_LIMITED") : []));
    const reading = await readLiveRooms(handle.db, TEST_APP, {
      now: new Date(T0 + 11 * MINUTE),
      staleAfterMinutes: STALE_AFTER_MINUTES,
      ask: cloud.ask,
    });
    const noteOf = (roomId: string) =>
      messageText(reading.rooms.find((room) => room.roomId === roomId)?.stale?.note ?? "");
    expect(noteOf(failing)).toContain("could not be asked just now");
    expect(noteOf(unlisted)).toContain("does not list it");
  });

  it("says a room emptied after a mix started only when an event since says so", async () => {
    const roomId = await quietRoom("mix");
    const mixStartedAtMs = T0 + 100;
    expect(await hasRoomEmptiedSince(handle.db, TEST_APP, roomId, mixStartedAtMs)).toBe(false);
    await foldRoomEvent(handle.db, roomEvent("exitRoom", 5_000, { roomId, userId: "ann", role: 20 }));
    expect(await hasRoomEmptiedSince(handle.db, TEST_APP, roomId, mixStartedAtMs)).toBe(true);
    // Heard nothing of the room since the mix started (callbacks not reaching the console): still running.
    expect(await hasRoomEmptiedSince(handle.db, TEST_APP, roomId, T0 + 10_000)).toBe(false);
    expect(await hasRoomEmptiedSince(handle.db, TEST_APP, "never-heard-of", mixStartedAtMs)).toBe(false);
  });
});
