import { beforeAll, describe, expect, it } from "vitest";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { listLiveRoomStates } from "@/lib/data/rooms/rooms";
import { applications } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { receiveCallback } from "@/lib/actions/callbacks/receive-callback";
import { TEST_APP, TEST_NOW_MS, TEST_TRTC_KEY, trtcEvent, trtcRequest } from "@/lib/callbacks/testing/deliveries";

/** A room or media event of integer room 5501, `offsetMs` after the test clock. */
const roomEvent = (groupId: number, eventType: number, offsetMs: number, info: Record<string, unknown> = {}) =>
  trtcEvent({
    EventGroupId: groupId,
    EventType: eventType,
    CallbackTs: TEST_NOW_MS + offsetMs + 5,
    EventInfo: {
      RoomId: 5501,
      EventTs: Math.floor((TEST_NOW_MS + offsetMs) / 1000),
      EventMsTs: TEST_NOW_MS + offsetMs,
      TaskId: undefined,
      Payload: undefined,
      ...info,
    },
  });

describe.each(testDatabaseKinds())("room and media events through the receiver on $name", (kind) => {
  const handle = useTestDatabase(kind);
  const receive = async (body: string) =>
    (await receiveCallback(trtcRequest(body), "trtc", { db: handle.db, nowMs: TEST_NOW_MS + 60_000 })).status;
  const usersIn = async () =>
    (await listLiveRoomStates(handle.db, TEST_APP))
      .filter((state) => state.key.roomId === "5501")
      .flatMap((state) => state.members.map((member) => member.userId));

  beforeAll(async () => {
    await ensureApplications(handle.db, [{ sdkAppId: TEST_APP, name: "Test app", generation: "legacy" }]);
    await handle.db.update(applications).set({ trtcCallbackKey: TEST_TRTC_KEY });
  });

  it("reaches the live rooms once verified: 101 and 103 bring a user in, a repeat changes nothing, 104 takes her out", async () => {
    expect(await receive(roomEvent(1, 101, 0, { UserId: "alice" }))).toBe(200);
    expect(
      await receive(roomEvent(1, 103, 1, { UserId: "alice", Role: 20, TerminalType: 3, UserType: 3, Reason: 1 })),
    ).toBe(200);
    expect(await receive(roomEvent(2, 201, 2, { UserId: "alice" }))).toBe(200);
    expect(await usersIn()).toEqual(["alice"]);
    // The same 103 retried (another CallbackTs), and one signed with the wrong key: neither changes the room.
    expect(
      await receive(
        JSON.stringify({ ...JSON.parse(roomEvent(1, 103, 1, { UserId: "alice" })), CallbackTs: TEST_NOW_MS + 30_000 }),
      ),
    ).toBe(200);
    const forged = roomEvent(1, 104, 3, { UserId: "alice", Reason: 1 });
    expect(
      (await receiveCallback(trtcRequest(forged, "NotTheKey"), "trtc", { db: handle.db, nowMs: TEST_NOW_MS + 60_000 }))
        .status,
    ).toBe(401);
    expect(await usersIn()).toEqual(["alice"]);
    expect(await receive(roomEvent(1, 104, 3, { UserId: "alice", Reason: 1 }))).toBe(200);
    expect(await usersIn()).toEqual([]);
  });
});
