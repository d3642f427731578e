import { describe, expect, it } from "vitest";
import { readLiveRoom } from "@/lib/data/rooms/room-reading";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { FOLD_HORIZON_MS, foldRoomEvent, type VerifiedTrtcEvent } from "@/lib/actions/rooms/fold-room-event";
import {
  afternoonOfRoom,
  foldedRows,
  inRoom,
  roomEvent,
  shuffled,
  T0,
  TEST_APP,
  type EventName,
} from "@/lib/rooms/testing/room-events";

const noTencent = () => Promise.reject(new Error("a room that is not stale is never checked with Tencent"));

describe.each(testDatabaseKinds())("folding TRTC's room and media events on $name", (kind) => {
  const handle = useTestDatabase(kind);
  let roomCounter = 0;
  /** A fresh room per test: the suite shares one database. */
  const newRoom = (prefix: string) => `${prefix}-${(roomCounter += 1)}`;

  const fold = async (events: readonly VerifiedTrtcEvent[]) => {
    for (const event of events) await foldRoomEvent(handle.db, event);
  };
  const read = async (roomId: string, atMs = 60_000) =>
    (
      await readLiveRoom(handle.db, TEST_APP, roomId, {
        now: new Date(T0 + atMs),
        staleAfterMinutes: 10,
        ask: noTencent,
      })
    ).room;
  const at = (roomId: number | string) => (name: EventName, ms: number, userId?: string, role?: number) =>
    roomEvent(name, ms, { roomId, userId, role });

  it("opens a room on 101 and 103, with the user's role and the time of the 103", async () => {
    const roomId = newRoom("open");
    const event = at(roomId);
    await fold([event("createRoom", 0, "alice"), event("enterRoom", 5, "alice", 20)]);
    const room = await read(roomId);
    expect(room).toMatchObject({ roomId, isIntegerRoom: false, createdAt: new Date(T0).toISOString(), stale: null });
    expect(room?.users).toEqual([
      {
        userId: "alice",
        joinedAt: new Date(T0 + 5).toISOString(),
        role: "anchor",
        hasVideo: false,
        videoSince: null,
        hasAudio: false,
        audioSince: null,
        hasSubStream: false,
        subStreamSince: null,
      },
    ]);
  });

  it("turns video, audio and the sub-stream on and off with 201–206, each since its event", async () => {
    const roomId = newRoom("media");
    const event = at(roomId);
    await fold([event("enterRoom", 0, "bob", 20), event("startVideo", 10, "bob"), event("startAudio", 20, "bob")]);
    await fold([event("startSubStream", 30, "bob")]);
    expect((await read(roomId))?.users[0]).toMatchObject({
      hasVideo: true,
      videoSince: new Date(T0 + 10).toISOString(),
      hasAudio: true,
      audioSince: new Date(T0 + 20).toISOString(),
      hasSubStream: true,
      subStreamSince: new Date(T0 + 30).toISOString(),
    });
    await fold([event("stopVideo", 40, "bob"), event("stopSubStream", 50, "bob")]);
    expect((await read(roomId))?.users[0]).toMatchObject({ hasVideo: false, hasAudio: true, hasSubStream: false });
    await fold([event("stopAudio", 60, "bob")]);
    expect((await read(roomId))?.users[0]).toMatchObject({ hasVideo: false, hasAudio: false, videoSince: null });
  });

  it("changes the role on 105", async () => {
    const roomId = newRoom("role");
    const event = at(roomId);
    await fold([event("enterRoom", 0, "viewer", 21)]);
    expect((await read(roomId))?.users[0]?.role).toBe("audience");
    await fold([event("changeRole", 100, "viewer", 20)]);
    expect((await read(roomId))?.users[0]?.role).toBe("anchor");
  });

  it("takes a user out on 104 and turns their streams off, though TRTC sends no 202/204 for an exit", async () => {
    const roomId = newRoom("exit");
    const event = at(roomId);
    await fold([
      event("enterRoom", 0, "carol", 20),
      event("enterRoom", 0, "dave", 20),
      event("startVideo", 10, "carol"),
      event("startAudio", 10, "carol"),
      event("startSubStream", 10, "carol"),
      event("exitRoom", 100, "carol", 20),
    ]);
    expect((await read(roomId))?.users.map((user) => user.userId)).toEqual(["dave"]);
    await fold([event("enterRoom", 200, "carol", 20)]);
    const carol = (await read(roomId))?.users.find((user) => user.userId === "carol");
    expect(carol).toMatchObject({ joinedAt: new Date(T0 + 200).toISOString(), hasVideo: false, hasAudio: false });
    expect(carol?.hasSubStream).toBe(false);
  });

  it("ends the room on 102, and a 103 after it reopens the room with the newcomer alone", async () => {
    const roomId = newRoom("reopen");
    const event = at(roomId);
    await fold([event("createRoom", 0, "erin"), event("enterRoom", 0, "erin", 20), event("startVideo", 5, "erin")]);
    await fold([event("dismissRoom", 100)]);
    expect(await read(roomId)).toBeNull();
    await fold([event("enterRoom", 300, "frank", 20)]);
    const room = await read(roomId);
    expect(room?.users.map((user) => user.userId)).toEqual(["frank"]);
    // The 101 of the new life was lost: the room dates from its first user's entry.
    expect(room?.createdAt).toBe(new Date(T0 + 300).toISOString());
  });

  it("keeps an integer room and a string room of the same id apart", async () => {
    const event = (roomId: number | string, userId: string) => roomEvent("enterRoom", 0, { roomId, userId, role: 20 });
    await fold([event(424_242, "in-integer"), event("424242", "in-string")]);
    const integer = await read("424242");
    expect(integer).toMatchObject({ isIntegerRoom: true, users: [{ userId: "in-integer" }] });
    await fold([roomEvent("dismissRoom", 50, { roomId: 424_242 })]);
    expect(await read("424242")).toMatchObject({ isIntegerRoom: false, users: [{ userId: "in-string" }] });
  });

  it("does nothing with a repeated event", async () => {
    const once = newRoom("once");
    const twice = newRoom("twice");
    await fold(afternoonOfRoom(once));
    const events = afternoonOfRoom(twice);
    await fold(events);
    await fold(events.filter((_, index) => index % 3 === 0));
    await fold(events);
    expect(await foldedRows(handle.db, twice)).toEqual(await foldedRows(handle.db, once));
  });

  it("ends in the same rows whatever order the events arrive in", async () => {
    const inOrder = newRoom("ordered");
    await fold(afternoonOfRoom(inOrder));
    const expected = await foldedRows(handle.db, inOrder);
    const room = await read(inOrder);
    expect(room?.users).toEqual([
      expect.objectContaining({ userId: "student2", hasAudio: true, hasVideo: false, role: "anchor" }),
    ]);
    const orders = [
      [...afternoonOfRoom("x")].reverse(),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => shuffled(afternoonOfRoom("x"), seed)),
    ];
    for (const [index, order] of orders.entries()) {
      const roomId = newRoom(`order${index}`);
      await fold(inRoom(order, roomId));
      expect(await foldedRows(handle.db, roomId), `order ${index}`).toEqual(expected);
    }
  });

  it("changes nothing with an event older than what an attribute reflects", async () => {
    const roomId = newRoom("stale-event");
    const event = at(roomId);
    await fold([
      event("enterRoom", 0, "gina", 21),
      event("startVideo", 50, "gina"),
      event("changeRole", 60, "gina", 20),
      event("startAudio", 70, "gina"),
      event("startSubStream", 70, "gina"),
    ]);
    const before = await foldedRows(handle.db, roomId);
    await fold([
      event("stopVideo", 40, "gina"),
      event("changeRole", 55, "gina", 21),
      event("exitRoom", 30, "gina", 21),
    ]);
    await fold([event("dismissRoom", -10), event("createRoom", -20, "gina")]);
    const after = await foldedRows(handle.db, roomId);
    expect(after.members).toEqual(before.members);
    expect(await read(roomId)).toMatchObject({ users: [{ userId: "gina", hasVideo: true, role: "anchor" }] });
  });

  it("ends off when an exit and a start share a millisecond, in either order", async () => {
    for (const order of [
      ["startVideo", "exitRoom"],
      ["exitRoom", "startVideo"],
    ] as const) {
      const roomId = newRoom("tie");
      const event = at(roomId);
      await fold([event("enterRoom", 0, "hal", 20), event("enterRoom", 0, "ivy", 20)]);
      await fold(order.map((name) => event(name, 100, "hal", 20)));
      expect(
        (await read(roomId))?.users.map((user) => user.userId),
        order.join(" then "),
      ).toEqual(["ivy"]);
    }
  });

  it("ignores other groups, events without a time and events older than the horizon", async () => {
    const roomId = newRoom("ignored");
    const enter = roomEvent("enterRoom", 0, { roomId, userId: "jo", role: 20 });
    await fold([
      { ...enter, eventGroupId: 3, eventType: 301 },
      { ...enter, eventInfo: { ...enter.eventInfo, EventMsTs: Number.NaN } },
      { ...enter, receivedAt: new Date(enter.eventInfo.EventMsTs + FOLD_HORIZON_MS + 1) },
      { ...enter, eventType: 199 },
      { ...enter, eventInfo: { ...enter.eventInfo, RoomId: "" } },
    ]);
    expect(await foldedRows(handle.db, roomId)).toEqual({ room: null, members: [] });
  });

  it("does not list a room whose every user left before its 102 arrived", async () => {
    const roomId = newRoom("emptied");
    const event = at(roomId);
    await fold([event("createRoom", 0, "kim"), event("enterRoom", 0, "kim", 20), event("exitRoom", 10, "kim", 20)]);
    expect(await read(roomId)).toBeNull();
  });
});
