import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { eventually } from "./helpers/eventually";
import { liveRoom, roomLives, usersInRoom, usersOf } from "./helpers/room-state";
import { makeDataDir, removeDataDir, startTestCloud, TEST_APP, type TestCloud } from "./helpers/test-cloud";

const started: TestCloud[] = [];
let dataDir = "";

afterAll(async () => {
  await Promise.all(started.map((env) => env.cloud.close()));
  if (dataDir) await removeDataDir(dataDir);
});

async function start(port?: number): Promise<TestCloud> {
  const env = await startTestCloud({ dataDir, ...(port === undefined ? {} : { port }) });
  started.push(env);
  return env;
}

/** Whether any process (ffmpeg, for instance) still has this text in its command line. */
function isAnyProcessMentioning(text: string): boolean {
  try {
    execFileSync("pgrep", ["-f", text], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("a restart on the same data directory", () => {
  it("keeps the room history and resumes the ingest tasks that were running", async () => {
    dataDir = await makeDataDir();
    const first = await start();
    await first.trtc.StartStreamIngest({
      SdkAppId: TEST_APP,
      RoomId: "finished-room",
      RoomIdType: 0,
      UserId: "visitor",
      UserSig: "sig",
      StreamUrl: first.sampleUrl("red-360p"),
      RepeatNum: -1,
    });
    await first.trtc.DismissRoomByStrRoomId({ SdkAppId: TEST_APP, RoomId: "finished-room" });
    const { TaskId } = await first.trtc.StartStreamIngest({
      SdkAppId: TEST_APP,
      RoomId: "9001",
      RoomIdType: 1,
      UserId: "looper",
      UserSig: "sig",
      StreamUrl: first.sampleUrl("blue-720p"),
      RepeatNum: -1,
    });
    const firstLife = await liveRoom(first.trtc, "9001");

    await first.cloud.close();
    expect(isAnyProcessMentioning(TaskId ?? "no task")).toBe(false);

    // The same port, because the resumed task pulls its StreamUrl from this server's samples.
    const second = await start(first.cloud.port);
    const [finished] = await roomLives(second.trtc, "finished-room");
    expect(finished).toMatchObject({ IsFinished: true });
    expect(await usersOf(second.trtc, finished?.CommId ?? "")).toMatchObject([{ UserId: "visitor", Finished: true }]);
    const [closedByShutdown] = await usersOf(second.trtc, firstLife?.CommId ?? "");
    expect(closedByShutdown).toMatchObject({ UserId: "looper", Finished: true });

    await eventually(
      async () => (await usersInRoom(second.trtc, "9001")).includes("looper"),
      "the resumed task's user is back in room 9001",
    );
    expect(await second.trtc.DescribeStreamIngest({ SdkAppId: TEST_APP, TaskId: TaskId ?? "" })).toMatchObject({
      Status: "InProgress",
    });
    await second.trtc.StopStreamIngest({ SdkAppId: TEST_APP, TaskId: TaskId ?? "" });
    expect(await usersInRoom(second.trtc, "9001")).toEqual([]);
  });

  it("is refused while another local cloud uses the directory", async () => {
    await expect(startTestCloud({ dataDir })).rejects.toThrow(/in use by another local cloud/);
  });
});
