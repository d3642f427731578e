import { createHash, createHmac } from "node:crypto";
import type { Client as TrtcClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_client";
import type { CreateCloudRecordingRequest } from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeTaskPicture } from "@shared/layouts/compute-task-layout";
import type { TaskLayoutRequest } from "@shared/layouts/task-layout-types";
import type { Tile } from "@shared/layouts/types";
import type { LocalCloud } from "../src/options";
import { startCallbackReceiver, type ReceivedCallback } from "./helpers/callback-receiver";
import { configureTrtcCallbacks } from "./helpers/trtc-callbacks";
import { eventually } from "./helpers/eventually";
import { colorAt, frameAt, probeVideo, readLive, tileProbePoint, type ColorName } from "./helpers/frame-colors";
import {
  errorOf,
  cloudApp,
  liveClient,
  removeDataDir,
  startTestCloud,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  trtcClient,
  vodClient,
  type TestCloud,
} from "./helpers/test-cloud";

const APP = 1400000555;
const ROOM = "2002";
const KEY = "taskCallbackKey42";
const SAMPLE_OF: Record<string, string> = { red: "red-360p", green: "green-360p", blue: "blue-720p" };
const CANVAS = { width: 640, height: 360 };

let env: TestCloud;
let cloud: LocalCloud;
let trtc: TrtcClient;
let vod: VodClient;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
let cssReceiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
const ingestOf = new Map<string, string>();

beforeAll(async () => {
  // A cloud-recording app (created on or after 2022-08-01): CreateCloudRecording is its generation's.
  env = await startTestCloud({ apps: [cloudApp(APP)], sampleDurationSeconds: 4 });
  cloud = env.cloud;
  trtc = trtcClient(cloud.port);
  vod = vodClient(cloud.port);
  receiver = await startCallbackReceiver();
  cssReceiver = await startCallbackReceiver();
  // TRTC's console holds the task callback URL and key (here /_local/trtc-callbacks).
  await configureTrtcCallbacks(cloud, APP, { recording: { url: receiver.url, key: KEY } });
  // A CSS callback template on the app's stream path: cloud-recording events must never go there.
  const live = liveClient(cloud.port);
  const { TemplateId } = await live.CreateLiveCallbackTemplate({
    TemplateName: "tasks",
    RecordNotifyUrl: cssReceiver.url,
    CallbackKey: KEY,
  });
  await live.CreateLiveCallbackRule({
    DomainName: TEST_PUSH_DOMAIN,
    AppName: `trtc_${APP}`,
    TemplateId: TemplateId ?? 0,
  });
});

afterAll(async () => {
  await cloud?.close();
  await receiver?.close();
  await cssReceiver?.close();
  if (env) await removeDataDir(env.dataDir);
});

async function enter(...userIds: string[]): Promise<void> {
  for (const userId of userIds) {
    if (ingestOf.has(userId)) continue;
    const { TaskId } = await trtc.StartStreamIngest({
      SdkAppId: APP,
      RoomId: ROOM,
      RoomIdType: 1,
      UserId: userId,
      UserSig: "sig",
      StreamUrl: `${cloud.url}/_local/samples/${SAMPLE_OF[userId] ?? ""}.mp4`,
      RepeatNum: -1,
    });
    ingestOf.set(userId, TaskId ?? "");
  }
}

async function leave(...userIds: string[]): Promise<void> {
  for (const userId of userIds) {
    await trtc.StopStreamIngest({ SdkAppId: APP, TaskId: ingestOf.get(userId) ?? "" });
    ingestOf.delete(userId);
  }
}

const userStream = (userId: string) => `rtmp://127.0.0.1:${cloud.rtmpPort}/trtc_${APP}/${APP}_${ROOM}_${userId}_main`;
const taskStream = (taskId: string) => `rtmp://127.0.0.1:${cloud.rtmpPort}/trtc_${APP}/cloudrec_${taskId}`;

function request(overrides: Partial<CreateCloudRecordingRequest> = {}): CreateCloudRecordingRequest {
  return {
    SdkAppId: APP,
    RoomId: ROOM,
    UserId: "recorder_bot",
    UserSig: "bot-sig",
    RecordParams: { RecordMode: 2 },
    StorageParams: { CloudVod: { TencentVod: { MediaType: 0 } } },
    ...overrides,
  };
}

interface TaskEvent {
  eventType: number;
  payload: Record<string, unknown>;
  callback: ReceivedCallback;
}

/** The callbacks of one task, in arrival order. */
function eventsOf(taskId: string): TaskEvent[] {
  return receiver.received.flatMap((callback) => {
    const body = JSON.parse(callback.body) as {
      EventType: number;
      EventInfo: { TaskId: string; Payload: Record<string, unknown> };
    };
    return body.EventInfo.TaskId === taskId
      ? [{ eventType: body.EventType, payload: body.EventInfo.Payload, callback }]
      : [];
  });
}

const untilDone = (taskId: string) =>
  eventually(
    async () => eventsOf(taskId).some((event) => event.eventType === 312) && eventsOf(taskId),
    `task ${taskId} reports 312`,
    { timeoutMs: 60_000, intervalMs: 200 },
  );

const fileIdOf = (event: TaskEvent) => String((event.payload.TencentVod as { FileId?: string } | undefined)?.FileId);

async function tileColors(url: string, atSeconds: number, tiles: Tile[]) {
  const frame = await frameAt(url, atSeconds);
  return tiles.map((tile) => {
    const point = tileProbePoint(tile);
    return { user: tile.userId, expected: tile.userId as ColorName, seen: colorAt(frame, point.x, point.y) };
  });
}

const tilesOf = (ids: string[], layout: Omit<TaskLayoutRequest, "canvas">) =>
  computeTaskPicture(
    ids.map((userId) => ({ userId, streamType: 0, hasVideo: true })),
    { ...layout, canvas: CANVAS },
  ).tiles;

describe("cloud-recording tasks (CreateCloudRecording)", () => {
  it("refuses what it cannot do, naming the field", async () => {
    const cos = await errorOf(
      trtc.CreateCloudRecording(
        request({
          StorageParams: {
            CloudStorage: { Vendor: 0, Region: "ap-guangzhou", Bucket: "b", AccessKey: "a", SecretKey: "s" },
          },
        }),
      ),
    );
    expect(cos.code).toBe("InvalidParameter");
    expect(cos.message).toContain("CloudVod");
    const aac = await errorOf(
      trtc.CreateCloudRecording(request({ StorageParams: { CloudVod: { TencentVod: { MediaType: 2 } } } })),
    );
    expect(aac.message).toContain("StreamType 1");
    expect((await errorOf(trtc.CreateCloudRecording(request({ RoomId: "class-a" })))).code).toBe(
      "InvalidParameter.RoomId",
    );
    const lists = await errorOf(
      trtc.CreateCloudRecording(
        request({
          RecordParams: {
            RecordMode: 1,
            SubscribeStreamUserIds: { SubscribeAudioUserIds: ["a"], UnSubscribeAudioUserIds: ["b"] },
          },
        }),
      ),
    );
    expect(lists.message).toContain("allow list or a deny list");
    const mode = await errorOf(trtc.CreateCloudRecording(request({ RecordParams: { RecordMode: 3 } })));
    expect(mode).toMatchObject({ code: "InvalidParameterValue" });
    expect(mode.message).toContain("RecordParams.RecordMode");
    const outside = await errorOf(
      trtc.CreateCloudRecording(
        request({
          MixTranscodeParams: { VideoParams: { Width: 640, Height: 360, Fps: 15, BitRate: 600_000, Gop: 2 } },
          MixLayoutParams: { MixLayoutMode: 4, MixLayoutList: [{ Top: 0, Left: 400, Width: 400, Height: 100 }] },
        }),
      ),
    );
    expect(outside.message).toContain("MixLayoutList.0");
    expect((await errorOf(trtc.DescribeCloudRecording({ SdkAppId: APP, TaskId: "nope" }))).code).toBe(
      "FailedOperation.TaskNotExist",
    );
  });

  it("mixes the room into one file, re-lays it out on Modify, and calls back 301, 302, 311 and 312 signed", async () => {
    await enter("red", "green", "blue");
    const { TaskId = "" } = await trtc.CreateCloudRecording(
      request({
        UserId: "bot_mix",
        MixTranscodeParams: { VideoParams: { Width: 640, Height: 360, Fps: 15, BitRate: 600_000, Gop: 2 } },
        MixLayoutParams: { MixLayoutMode: 3 },
        StorageParams: { CloudVod: { TencentVod: { MediaType: 0, ExpireTime: 86_400 } } },
      }),
    );
    await eventually(
      async () => (await trtc.DescribeCloudRecording({ SdkAppId: APP, TaskId })).Status === "InProgress",
      "the task records",
    );
    await readLive(taskStream(TaskId), 3);
    const custom = {
      MixLayoutMode: 4,
      MixLayoutList: [
        { UserId: "blue", Top: 0, Left: 0, Width: 320, Height: 360 },
        { UserId: "red", Top: 0, Left: 320, Width: 320, Height: 180 },
        { Top: 200, Left: 400, Width: 200, Height: 140, ImageLayer: 2 },
      ],
    };
    await trtc.ModifyCloudRecording({ SdkAppId: APP, TaskId, MixLayoutParams: custom });
    const customTiles = tilesOf(["red", "green", "blue"], {
      mode: 4,
      slots: [
        { userId: "blue", x: 0, y: 0, width: 320, height: 360 },
        { userId: "red", x: 320, y: 0, width: 320, height: 180 },
        { x: 400, y: 200, width: 200, height: 140, zOrder: 2 },
      ],
    });
    await eventually(
      async () => (await tileColors(taskStream(TaskId), 0, customTiles)).every((tile) => tile.seen === tile.expected),
      "the task's mix shows the custom layout",
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    await readLive(taskStream(TaskId), 3);
    expect((await trtc.DeleteCloudRecording({ SdkAppId: APP, TaskId })).TaskId).toBe(TaskId);

    const events = await untilDone(TaskId);
    expect(events.map((event) => event.eventType)).toEqual([301, 302, 311, 312]);
    expect(events[1]?.payload).toEqual({ LeaveCode: 0 });
    for (const { callback } of events) {
      expect(callback.headers.sign).toBe(createHmac("sha256", KEY).update(callback.body).digest("base64"));
      expect(callback.headers.sdkappid).toBe(String(APP));
    }
    expect(JSON.parse(events[0]?.callback.body ?? "{}")).toMatchObject({
      EventGroupId: 3,
      EventInfo: { RoomId: 2002, UserId: "bot_mix", TaskId },
    });
    expect((await errorOf(trtc.DescribeCloudRecording({ SdkAppId: APP, TaskId }))).code).toBe(
      "FailedOperation.TaskNotExist",
    );
    expect(
      (await errorOf(trtc.ModifyCloudRecording({ SdkAppId: APP, TaskId, MixLayoutParams: { MixLayoutMode: 3 } }))).code,
    ).toBe("FailedOperation.TaskNotExist");

    const commit = events[2];
    expect(commit?.payload.TencentVod).toMatchObject({
      MediaId: "mix",
      TrackType: "audio_video",
      CacheFile: `${APP}_${ROOM}.mp4`,
    });
    const { MediaInfoSet } = await vod.DescribeMediaInfos({
      SubAppId: TEST_VOD_APP,
      FileIds: [commit ? fileIdOf(commit) : ""],
    });
    const media = MediaInfoSet?.[0];
    expect(media?.BasicInfo).toMatchObject({
      Name: `${APP}_${ROOM}`,
      SourceInfo: { SourceType: "TrtcRecord", TrtcRecordInfo: { SdkAppId: APP, RoomId: ROOM, TaskId } },
    });
    const expiresIn = Date.parse(media?.BasicInfo?.ExpireTime ?? "") - Date.now();
    expect(Math.abs(expiresIn - 86_400_000)).toBeLessThan(120_000);
    const url = media?.BasicInfo?.MediaUrl ?? "";
    const probe = await probeVideo(url);
    expect(probe).toMatchObject({ width: 640, height: 360 });
    const grid = await tileColors(url, 1.5, tilesOf(["red", "green", "blue"], { mode: 3 }));
    for (const tile of grid) expect(tile.seen, `grid: ${tile.user}`).toBe(tile.expected);
    const late = await tileColors(url, probe.durationSeconds - 1, customTiles);
    for (const tile of late) expect(tile.seen, `custom: ${tile.user}`).toBe(tile.expected);
  });

  it("records each subscribed user apart, by the allow list, and ends after MaxIdleTime with nobody left", async () => {
    await enter("red", "green", "blue");
    const { TaskId = "" } = await trtc.CreateCloudRecording(
      request({
        UserId: "bot_single",
        RecordParams: {
          RecordMode: 1,
          MaxIdleTime: 5,
          SubscribeStreamUserIds: { SubscribeVideoUserIds: ["red", "gr.*$"] },
        },
      }),
    );
    await eventually(
      async () => (await trtc.DescribeCloudRecording({ SdkAppId: APP, TaskId })).Status === "InProgress",
      "the task records",
    );
    await readLive(userStream("blue"), 3);
    await leave("red", "green", "blue");

    const events = await untilDone(TaskId);
    expect(events.find((event) => event.eventType === 302)?.payload).toEqual({ LeaveCode: 99 });
    const commits = events.filter((event) => event.eventType === 311);
    const byUser = new Map(
      commits.map((event) => {
        const vodPart = event.payload.TencentVod as { UserId: string; TrackType: string; CacheFile: string };
        return [vodPart.UserId, vodPart];
      }),
    );
    expect(byUser.get("red")).toMatchObject({
      TrackType: "audio_video",
      CacheFile: `${APP}_${ROOM}_UserId_s_cmVk_UserId_e_main.mp4`,
    });
    expect(byUser.get("green")?.TrackType).toBe("audio_video");
    // Blue is not on the video allow list: the task hears blue but does not see it.
    expect(byUser.get("blue")?.TrackType).toBe("audio");
    const blue = commits.find((event) => (event.payload.TencentVod as { UserId: string }).UserId === "blue");
    const { MediaInfoSet } = await vod.DescribeMediaInfos({
      SubAppId: TEST_VOD_APP,
      FileIds: [blue ? fileIdOf(blue) : ""],
    });
    expect(MediaInfoSet?.[0]?.MetaData?.VideoStreamSet ?? []).toHaveLength(0);
    expect(MediaInfoSet?.[0]?.BasicInfo?.Category).toBe("Audio");
  });

  it("records audio only into HLS and AAC of a sub-app, names by UserDefineRecordId, and ends with DismissRoom", async () => {
    const { SubAppId = 0 } = await vod.CreateSubAppId({ Name: "lessons" });
    const room = "class/7";
    const { TaskId: ingest = "" } = await trtc.StartStreamIngest({
      SdkAppId: APP,
      RoomId: room,
      RoomIdType: 0,
      UserId: "teacher",
      UserSig: "sig",
      StreamUrl: `${cloud.url}/_local/samples/red-360p.mp4`,
      RepeatNum: -1,
    });
    const { TaskId = "" } = await trtc.CreateCloudRecording(
      request({
        RoomId: room,
        RoomIdType: 0,
        UserId: "bot_audio",
        RecordParams: { RecordMode: 1, StreamType: 1 },
        StorageParams: {
          CloudVod: { TencentVod: { MediaType: 4, SubAppId, UserDefineRecordId: "lesson_7" } },
        },
      }),
    );
    expect(ingest).not.toBe("");
    await eventually(
      async () => (await trtc.DescribeCloudRecording({ SdkAppId: APP, TaskId })).Status === "InProgress",
      "the task records",
    );
    // A room id with a "/" gives TRTC's hashed default stream id (stream-id.ts).
    const teacherStream = `${APP}_${createHash("md5").update(`${room}_teacher_main`).digest("hex")}`;
    await readLive(`rtmp://127.0.0.1:${cloud.rtmpPort}/trtc_${APP}/${teacherStream}`, 3);
    await trtc.DismissRoomByStrRoomId({ SdkAppId: APP, RoomId: room });

    const events = await untilDone(TaskId);
    expect(events.find((event) => event.eventType === 302)?.payload).toEqual({ LeaveCode: 2 });
    expect(JSON.parse(events[0]?.callback.body ?? "{}")).toMatchObject({ EventInfo: { RoomId: room } });
    const files = events
      .filter((event) => event.eventType === 311)
      .map((event) => event.payload.TencentVod as { CacheFile: string; TrackType: string });
    const base = `lesson_7__UserDefine_u_${APP}_Y2xhc3MvNw.._UserId_s_dGVhY2hlcg.._UserId_e_main`;
    expect(files.map((file) => file.CacheFile).sort()).toEqual([`${base}.aac`, `${base}.m3u8`]);
    expect(files.every((file) => file.TrackType === "audio")).toBe(true);
    const { MediaInfoSet } = await vod.SearchMedia({ SubAppId, NamePrefixes: ["lesson_7__"], Limit: 10 });
    expect((MediaInfoSet ?? []).map((media) => media.BasicInfo?.Type).sort()).toEqual(["aac", "m3u8"]);
  });

  it("reports the minutes it recorded through DescribeRecordingUsage, by tier", async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const usage = async (MixType: "single" | "multi") => {
      const response = await trtc.DescribeRecordingUsage({ StartTime: today, EndTime: today, MixType, SdkAppId: APP });
      const total = (key: string) => {
        const index = response.UsageKey?.indexOf(key) ?? -1;
        return (response.UsageList ?? []).reduce((sum, point) => sum + (point.UsageValue?.[index] ?? 0), 0);
      };
      return { keys: response.UsageKey, points: response.UsageList?.length, total };
    };
    const single = await usage("single");
    expect(single.keys).toEqual(["Audio", "SD", "HD", "FullHD", "2K", "4K"]);
    expect(single.points).toBe(288);
    // Red and green (360p, SD) for about 3 s each; blue heard only (audio), about 3 s; nothing else.
    expect(single.total("SD")).toBeGreaterThan(0.07);
    expect(single.total("SD")).toBeLessThan(0.2);
    expect(single.total("Audio")).toBeGreaterThan(0.03);
    expect(single.total("HD")).toBe(0);
    const multi = await usage("multi");
    // The mixed task read red and green (360p, SD) and blue (720p, HD) for its whole run.
    expect(multi.total("SD")).toBeGreaterThan(multi.total("HD"));
    expect(multi.total("HD")).toBeGreaterThan(0.1);
    const tooLong = await errorOf(
      trtc.DescribeRecordingUsage({ StartTime: "2026-01-01", EndTime: "2026-03-01", MixType: "single" }),
    );
    expect(tooLong.code).toBe("InvalidParameter.QueryScaleOversize");
  });
});

describe("where cloud-recording events go", () => {
  it("only to the app's TRTC recording callback, never to a CSS template's RecordNotifyUrl", () => {
    expect(receiver.received.length).toBeGreaterThan(0);
    const trtcEventsAtCss = cssReceiver.received.filter((request) => request.body.includes('"EventGroupId"'));
    expect(trtcEventsAtCss).toEqual([]);
  });
});
