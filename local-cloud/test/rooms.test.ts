import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./helpers/eventually";
import { liveRoom, roomLives, usersInRoom, usersOf } from "./helpers/room-state";
import { startRtmpPush, stopAllPushes } from "./helpers/rtmp-push";
import { errorOf, removeDataDir, startTestCloud, TEST_APP, type TestCloud } from "./helpers/test-cloud";
import { controlFetch, resetCloud } from "./helpers/control-plane";

let env: TestCloud;

beforeAll(async () => {
  env = await startTestCloud();
});

afterEach(async () => {
  await stopAllPushes();
  await resetCloud(env.cloud);
});

afterAll(async () => {
  await stopAllPushes();
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

function ingest(roomId: string, userId: string, roomIdType: 0 | 1 = 0) {
  return env.trtc.StartStreamIngest({
    SdkAppId: TEST_APP,
    RoomId: roomId,
    RoomIdType: roomIdType,
    UserId: userId,
    UserSig: "any-non-empty-sig",
    StreamUrl: env.sampleUrl("red-360p"),
    RepeatNum: -1,
  });
}

function pushUrl(streamId: string, query: string, app = `trtc_${TEST_APP}`): string {
  return `rtmp://127.0.0.1:${env.cloud.rtmpPort}/${app}/${streamId}?${query}`;
}

describe("StartStreamIngest", () => {
  it("puts its user in the room by the time it answers, and StopStreamIngest takes them out", async () => {
    const { TaskId } = await ingest("lobby", "player");
    expect(TaskId).toBeTruthy();
    const room = await liveRoom(env.trtc, "lobby");
    expect(room).toMatchObject({ RoomString: "lobby", UserId: "player", IsFinished: false, DestroyTime: 0 });
    expect(room?.CommId).toBe(`${TEST_APP}_lobby_${room?.CreateTime}`);
    const [user] = await usersOf(env.trtc, room?.CommId ?? "");
    expect(user).toMatchObject({
      RoomStr: "lobby",
      UserId: "player",
      Finished: false,
      ClientIp: "127.0.0.1",
      DeviceType: "StreamIngest",
    });
    expect(await env.trtc.DescribeStreamIngest({ SdkAppId: TEST_APP, TaskId: TaskId ?? "" })).toMatchObject({
      Status: "InProgress",
    });

    await env.trtc.StopStreamIngest({ SdkAppId: TEST_APP, TaskId: TaskId ?? "" });
    expect(await usersInRoom(env.trtc, "lobby")).toEqual([]);
    const [finished] = await roomLives(env.trtc, "lobby");
    expect(finished).toMatchObject({ IsFinished: true });
    expect(finished?.DestroyTime).toBeGreaterThanOrEqual(finished?.CreateTime ?? 0);
    const [left] = await usersOf(env.trtc, finished?.CommId ?? "");
    expect(left).toMatchObject({ UserId: "player", Finished: true });
    expect(await env.trtc.DescribeStreamIngest({ SdkAppId: TEST_APP, TaskId: TaskId ?? "" })).toMatchObject({
      Status: "NotExist",
    });
  });

  it("refuses a user who is already in the room", async () => {
    await ingest("busy", "same-user");
    const error = await errorOf(ingest("busy", "same-user"));
    expect(error.code).toBe("InvalidParameter.UserId");
  });

  it("keeps integer and string rooms with the same id apart", async () => {
    await ingest("777", "in-integer-room", 1);
    await ingest("777", "in-string-room", 0);
    const lives = await roomLives(env.trtc, "777");
    expect(lives).toHaveLength(2);
    expect(new Set(lives.map((room) => room.CommId)).size).toBe(2);
    await env.trtc.DismissRoom({ SdkAppId: TEST_APP, RoomId: 777 });
    const remaining = (await roomLives(env.trtc, "777")).filter((room) => !room.IsFinished);
    expect(remaining).toHaveLength(1);
    expect(await usersOf(env.trtc, remaining[0]?.CommId ?? "")).toMatchObject([
      { UserId: "in-string-room", Finished: false },
    ]);
  });
});

describe("RTMP pushes", () => {
  it("join a room when they start and leave it when they end", async () => {
    const push = startRtmpPush(
      env.samplePath("green-360p"),
      pushUrl("cam1", "roomid=4242&userid=camera&userdefinerecordid=rec1"),
    );
    await eventually(
      async () => (await usersInRoom(env.trtc, "4242")).includes("camera"),
      "the pusher is in room 4242",
    );
    const [user] = await usersOf(env.trtc, (await liveRoom(env.trtc, "4242"))?.CommId ?? "");
    expect(user).toMatchObject({ UserId: "camera", DeviceType: "RTMP", ClientIp: "127.0.0.1", Finished: false });

    expect(await push.exited).toBe(0);
    await eventually(
      async () => (await liveRoom(env.trtc, "4242")) === undefined,
      "room 4242 is gone after the push ended",
    );
    const [finished] = await roomLives(env.trtc, "4242");
    expect(await usersOf(env.trtc, finished?.CommId ?? "")).toMatchObject([{ UserId: "camera", Finished: true }]);
  });

  it("are refused without a known app, a room or a user", async () => {
    const file = env.samplePath("green-360p");
    const refused = [
      startRtmpPush(file, pushUrl("s1", "roomid=1&userid=u", "trtc_1")),
      startRtmpPush(file, pushUrl("s2", "userid=u")),
      startRtmpPush(file, pushUrl("s3", "roomid=1")),
    ];
    const codes = await Promise.all(refused.map((push) => push.exited));
    expect(codes.every((code) => code !== 0)).toBe(true);
    expect(await roomLives(env.trtc, "1")).toEqual([]);
  });

  it("count a main and an aux stream of one user as one user, present while either is live", async () => {
    const file = env.samplePath("green-360p");
    startRtmpPush(file, pushUrl("main1", "strroomid=share&userid=presenter"), { loop: true });
    await eventually(
      async () => (await usersInRoom(env.trtc, "share")).includes("presenter"),
      "the presenter is in room share",
    );
    const aux = startRtmpPush(file, pushUrl("aux1", "strroomid=share&userid=presenter&streamtype=aux"));
    // A refused push ends at once with an error; this one plays the whole clip.
    expect(await aux.exited).toBe(0);
    const room = await liveRoom(env.trtc, "share");
    expect(await usersOf(env.trtc, room?.CommId ?? "")).toMatchObject([{ UserId: "presenter", Finished: false }]);
    await env.trtc.RemoveUserByStrRoomId({ SdkAppId: TEST_APP, RoomId: "share", UserIds: ["presenter"] });
    expect(await liveRoom(env.trtc, "share")).toBeUndefined();
  });

  it("are refused for a second stream of the same type from the same user", async () => {
    const file = env.samplePath("green-360p");
    startRtmpPush(file, pushUrl("first", "roomid=dup&userid=twin"), { loop: true });
    await eventually(async () => (await usersInRoom(env.trtc, "dup")).includes("twin"), "the first stream is in");
    expect(await startRtmpPush(file, pushUrl("second", "roomid=dup&userid=twin")).exited).not.toBe(0);
  });
});

describe("removing users and dismissing rooms", () => {
  it("RemoveUser takes out only the listed users, ending their ingest tasks", async () => {
    const { TaskId } = await ingest("1234", "leaving", 1);
    await ingest("1234", "staying", 1);
    await env.trtc.RemoveUser({ SdkAppId: TEST_APP, RoomId: 1234, UserIds: ["leaving"] });
    expect(await usersInRoom(env.trtc, "1234")).toEqual(["staying"]);
    const now = Math.floor(Date.now() / 1000);
    const leaving = await env.trtc.DescribeUserInfo({
      SdkAppId: TEST_APP,
      CommId: (await liveRoom(env.trtc, "1234"))?.CommId ?? "",
      StartTime: now - 60,
      EndTime: now,
      UserIds: ["leaving"],
    });
    expect(leaving).toMatchObject({ Total: 1, UserList: [{ UserId: "leaving", Finished: true }] });
    await eventually(
      async () =>
        (await env.trtc.DescribeStreamIngest({ SdkAppId: TEST_APP, TaskId: TaskId ?? "" })).Status === "NotExist",
      "the removed user's task has ended",
    );
  });

  it("RemoveUserByStrRoomId ends an RTMP pusher's session", async () => {
    const push = startRtmpPush(env.samplePath("green-360p"), pushUrl("kick", "roomid=studio&userid=guest"), {
      loop: true,
    });
    await eventually(
      async () => (await usersInRoom(env.trtc, "studio")).includes("guest"),
      "the guest is in the studio",
    );
    await env.trtc.RemoveUserByStrRoomId({ SdkAppId: TEST_APP, RoomId: "studio", UserIds: ["guest"] });
    expect(await usersInRoom(env.trtc, "studio")).toEqual([]);
    expect(await push.exited).not.toBe(0);
  });

  it("DismissRoom and DismissRoomByStrRoomId take everyone out", async () => {
    await ingest("5678", "a", 1);
    startRtmpPush(env.samplePath("green-360p"), pushUrl("b", "roomid=5678&userid=b"), { loop: true });
    await eventually(async () => (await usersInRoom(env.trtc, "5678")).length === 2, "two users are in room 5678");
    await env.trtc.DismissRoom({ SdkAppId: TEST_APP, RoomId: 5678 });
    expect(await liveRoom(env.trtc, "5678")).toBeUndefined();

    await ingest("hall", "c");
    await env.trtc.DismissRoomByStrRoomId({ SdkAppId: TEST_APP, RoomId: "hall" });
    expect(await liveRoom(env.trtc, "hall")).toBeUndefined();
  });
});

describe("the control plane's reset", () => {
  it("answers once everyone has left, and forgets rooms and tasks", async () => {
    const { TaskId } = await ingest("reset-me", "x");
    startRtmpPush(env.samplePath("green-360p"), pushUrl("y", "roomid=reset-me&userid=y"), { loop: true });
    await eventually(async () => (await usersInRoom(env.trtc, "reset-me")).length === 2, "two users are in the room");
    const response = await controlFetch(env.cloud, "/_local/reset", { method: "POST" });
    expect(await response.json()).toEqual({ ok: true });
    expect(await roomLives(env.trtc, "reset-me")).toEqual([]);
    expect(await env.trtc.DescribeStreamIngest({ SdkAppId: TEST_APP, TaskId: TaskId ?? "" })).toMatchObject({
      Status: "NotExist",
    });
  });
});
