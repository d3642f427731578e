import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeAccount } from "./helpers/account-control";
import { startLavfiPush, stopAllLavfiPushes, type LavfiPush } from "./helpers/lavfi-push";
import { readLive } from "./helpers/frame-colors";
import {
  errorOf,
  legacyApp,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  testAccount,
  type TestCloud,
} from "./helpers/test-cloud";

/*
 * DescribeRoomInfo and DescribeUserInfo are commercial since 2024-04-01: without a monthly package
 * or a Monitoring Dashboard package an app cannot query them. Rooms still work without them.
 */

const BARE_APP = 1400000654;
const now = () => Math.floor(Date.now() / 1000);

let env: TestCloud;

/** A user publishing into `room` of `sdkAppId` until the test ends; resolves once the stream flows. */
async function enter(sdkAppId: number, room: number, userId: string): Promise<LavfiPush> {
  const path = `trtc_${sdkAppId}/${sdkAppId}_${room}_${userId}_main`;
  const push = startLavfiPush(`rtmp://127.0.0.1:${env.cloud.rtmpPort}/${path}?roomid=${room}&userid=${userId}`, 60);
  await readLive(`rtmp://127.0.0.1:${env.cloud.rtmpPort}/${path}`, 0.5);
  return push;
}

beforeAll(async () => {
  env = await startTestCloud({ account: testAccount([legacyApp(TEST_APP), legacyApp(BARE_APP, false)]) });
});
afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

describe("the room and user queries of an app without a monitoring package", () => {
  it("refuses them, while its rooms work", async () => {
    await enter(BARE_APP, 41, "anna");
    const rooms = await errorOf(
      env.trtc.DescribeRoomInfo({ SdkAppId: BARE_APP, StartTime: now() - 600, EndTime: now() }),
    );
    expect(rooms.code).toBe("InvalidParameter.StartTimeOversize");
    expect(rooms.message).toContain("DescribeRoomInfo");
    const users = await errorOf(
      env.trtc.DescribeUserInfo({
        SdkAppId: BARE_APP,
        CommId: `${BARE_APP}_41_1`,
        StartTime: now() - 600,
        EndTime: now(),
      }),
    );
    expect(users.code).toBe("InvalidParameter.StartTimeOversize");
    // Room control needs no package: the user is removed, and leaves (the push ends).
    await env.trtc.RemoveUser({ SdkAppId: BARE_APP, RoomId: 41, UserIds: ["anna"] });
    expect((await errorOf(env.trtc.DismissRoom({ SdkAppId: BARE_APP, RoomId: 41 }))).code).toBe(
      "FailedOperation.RoomNotExist",
    );
  });

  it("answers them for an app with a package, and once a package is bought", async () => {
    await enter(TEST_APP, 42, "bert");
    const { RoomList } = await env.trtc.DescribeRoomInfo({
      SdkAppId: TEST_APP,
      StartTime: now() - 600,
      EndTime: now(),
    });
    const room = RoomList?.find((entry) => entry.RoomString === "42");
    expect(room).toMatchObject({ IsFinished: false, UserId: "bert" });
    const { UserList } = await env.trtc.DescribeUserInfo({
      SdkAppId: TEST_APP,
      CommId: room?.CommId ?? "",
      StartTime: now() - 600,
      EndTime: now(),
    });
    expect(UserList?.map((user) => user.UserId)).toEqual(["bert"]);

    await changeAccount(env.cloud, (account) => ({
      ...account,
      apps: account.apps.map((app) => (app.sdkAppId === BARE_APP ? { ...app, hasMonitoringPackage: true } : app)),
    }));
    const { RoomList: history = [] } = await env.trtc.DescribeRoomInfo({
      SdkAppId: BARE_APP,
      StartTime: now() - 600,
      EndTime: now(),
    });
    expect(history.map((entry) => ({ room: entry.RoomString, finished: entry.IsFinished }))).toEqual([
      { room: "41", finished: true },
    ]);
  });
});
