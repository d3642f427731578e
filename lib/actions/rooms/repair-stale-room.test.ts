import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { changeAccount } from "@/local-cloud/test/helpers/account-control";
import {
  legacyApp,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  trtcClient,
  type TestCloud,
} from "@/local-cloud/test/helpers/test-cloud";
import { describeRoomInfo } from "@/lib/cloud/trtc/describe-room-info";
import { readLiveRooms } from "@/lib/data/rooms/room-reading";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { foldRoomEvent } from "@/lib/actions/rooms/fold-room-event";
import type { AskRoomInfo } from "@/lib/actions/rooms/repair-stale-room";
import { ROOM_EVENT } from "@/lib/rooms/room-events";

/*
 * A lost 104 repaired through the real SDK against a real local cloud: its rooms are real (an
 * ingest publishes in each), the console's rooms are folded from events that arrived 11 minutes
 * ago, and the app first has no monitoring package, then gets one (PUT /_local/account).
 */
const MINUTE = 60_000;
const [pglite] = testDatabaseKinds();
let env: TestCloud;

beforeAll(async () => {
  env = await startTestCloud({ apps: [legacyApp(TEST_APP, false)] });
});

afterAll(async () => {
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

describe.runIf(pglite)("repairing stale rooms with DescribeRoomInfo", () => {
  if (!pglite) return;
  const handle = useTestDatabase(pglite);
  const ask: AskRoomInfo = (input) => describeRoomInfo(input, trtcClient(env.cloud.port));

  async function ingest(roomId: string, userId: string): Promise<string> {
    const { TaskId } = await env.trtc.StartStreamIngest({
      SdkAppId: TEST_APP,
      RoomId: roomId,
      RoomIdType: 0,
      UserId: userId,
      UserSig: "any-non-empty-sig",
      StreamUrl: env.sampleUrl("red-360p"),
      RepeatNum: -1,
    });
    return TaskId ?? "";
  }

  /** What the console heard of a room 11 minutes ago: its user entered and published. */
  async function heardLongAgo(roomId: string, userId: string): Promise<void> {
    const atMs = Date.now() - 11 * MINUTE;
    for (const eventType of [ROOM_EVENT.enterRoom, ROOM_EVENT.startVideo])
      await foldRoomEvent(handle.db, {
        sdkAppId: TEST_APP,
        eventGroupId: Math.floor(eventType / 100),
        eventType,
        eventInfo: { RoomId: roomId, EventMsTs: atMs, UserId: userId, Role: 20 },
        receivedAt: new Date(atMs),
      });
  }

  const read = () => readLiveRooms(handle.db, TEST_APP, { staleAfterMinutes: 10, ask });
  const roomIds = async () => (await read()).rooms.map((room) => room.roomId).sort();

  it("keeps the stale mark without the package, then closes the finished room and clears the running one", async () => {
    await ingest("still-on", "stayer");
    await env.trtc.StopStreamIngest({ SdkAppId: TEST_APP, TaskId: await ingest("long-over", "leaver") });
    await heardLongAgo("still-on", "stayer");
    await heardLongAgo("long-over", "leaver");

    const withoutPackage = await read();
    expect(withoutPackage.rooms.map((room) => room.roomId).sort()).toEqual(["long-over", "still-on"]);
    for (const room of withoutPackage.rooms)
      expect(messageText(room.stale?.note ?? "")).toContain("no monitoring package");

    await changeAccount(env.cloud, (account) => ({
      ...account,
      apps: account.apps.map((app) => ({ ...app, hasMonitoringPackage: true })),
    }));
    // The next quiet period: the rooms' checks are due again.
    await handle.db.execute(sql`update live_rooms set repair_checked_at = repair_checked_at - interval '11 minutes'`);

    expect(await roomIds()).toEqual(["still-on"]);
    const [running] = (await read()).rooms;
    expect(running).toMatchObject({ roomId: "still-on", stale: null, users: [{ userId: "stayer", hasVideo: true }] });
  });
});
