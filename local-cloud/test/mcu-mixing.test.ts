import type { Client as TrtcClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_client";
import type {
  EncodeParams,
  LayoutParams,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeMcuPicture } from "@shared/layouts/compute-layout";
import type { LayoutRequest, MixInput, Tile } from "@shared/layouts/types";
import type { LocalCloud } from "../src/options";
import { CHOSEN_USERS_STREAM_NAME } from "../src/recording/contracts";
import { eventually } from "./helpers/eventually";
import { colorAt, frameAt, probeVideo, readLive, tileProbePoint, type ColorName } from "./helpers/frame-colors";
import {
  errorOf,
  legacyApp,
  liveClient,
  removeDataDir,
  startTestCloud,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  trtcClient,
  vodClient,
  type TestCloud,
} from "./helpers/test-cloud";

/** The app of TRTC's guide's example call. */
const APP = 1400000123;
const ROOM = 1001;
const COLORS: Record<string, ColorName> = { red: "red", green: "green", blue: "blue", yellow: "yellow" };
const SAMPLE_OF: Record<string, string> = {
  red: "red-360p",
  green: "green-360p",
  blue: "blue-720p",
  yellow: "yellow-720p",
};
const SMALL: EncodeParams = {
  AudioSampleRate: 48000,
  AudioBitrate: 64,
  AudioChannels: 2,
  VideoWidth: 640,
  VideoHeight: 360,
  VideoBitrate: 600,
  VideoFramerate: 15,
  VideoGop: 2,
};

let env: TestCloud;
let cloud: LocalCloud;
let trtc: TrtcClient;
let vod: VodClient;

beforeAll(async () => {
  // The guide's app is a legacy one: its mixes are recorded by RecordId.
  env = await startTestCloud({ apps: [legacyApp(APP)], sampleDurationSeconds: 4 });
  cloud = env.cloud;
  trtc = trtcClient(cloud.port);
  vod = vodClient(cloud.port);
  // Chosen-user recording: only streams with a RecordId (the mixes here) are recorded, in MP4.
  const live = liveClient(cloud.port);
  const { TemplateId } = await live.CreateLiveRecordTemplate({
    TemplateName: "mixes",
    Mp4Param: { Enable: 1, RecordInterval: 3600 },
  });
  await live.CreateLiveRecordRule({
    DomainName: TEST_PUSH_DOMAIN,
    AppName: `trtc_${APP}`,
    StreamName: CHOSEN_USERS_STREAM_NAME,
    TemplateId: TemplateId ?? 0,
  });
});

afterAll(async () => {
  await cloud?.close();
  if (env) await removeDataDir(env.dataDir);
});

/** Who the tests have put in the room, with their ingest task. */
const ingestOf = new Map<string, string>();

/** Sample-clip participants, in the room once this resolves (StartStreamIngest answers then), in this order. */
async function enter(...userIds: string[]): Promise<void> {
  for (const userId of userIds) {
    if (!ingestOf.has(userId)) ingestOf.set(userId, await ingest(userId));
  }
}

/** Everyone leaves (StopStreamIngest answers once they are out). */
async function leaveAll(): Promise<void> {
  for (const taskId of ingestOf.values()) await trtc.StopStreamIngest({ SdkAppId: APP, TaskId: taskId });
  ingestOf.clear();
}

async function ingest(userId: string): Promise<string> {
  const { TaskId } = await trtc.StartStreamIngest({
    SdkAppId: APP,
    RoomId: String(ROOM),
    RoomIdType: 1,
    UserId: userId,
    UserSig: "sig",
    StreamUrl: `${cloud.url}/_local/samples/${SAMPLE_OF[userId] ?? ""}.mp4`,
    RepeatNum: -1,
  });
  return TaskId ?? "";
}

function start(streamId: string, recordId: string, layout: LayoutParams, encode: EncodeParams = SMALL) {
  return trtc.StartMCUMixTranscode({
    SdkAppId: APP,
    RoomId: ROOM,
    OutputParams: { StreamId: streamId, RecordId: recordId },
    EncodeParams: encode,
    LayoutParams: layout,
  });
}

const mixUrl = (streamId: string) => `rtmp://127.0.0.1:${cloud.rtmpPort}/trtc_${APP}/${streamId}`;

/** The VOD media whose name starts with `recordId_`, once VOD has it. */
async function recordingOf(recordId: string) {
  return eventually(
    async () => {
      const { MediaInfoSet } = await vod.SearchMedia({
        SubAppId: TEST_VOD_APP,
        NamePrefixes: [`${recordId}_`],
        Limit: 10,
      });
      return MediaInfoSet?.length ? MediaInfoSet : undefined;
    },
    `VOD has the recording of ${recordId}`,
    { timeoutMs: 60_000, intervalMs: 300 },
  );
}

/** Each tile's colour in the frame, next to the colour of the user the layout put there. */
async function tileColors(url: string, atSeconds: number, tiles: Tile[]) {
  const frame = await frameAt(url, atSeconds);
  return tiles.map((tile) => {
    const point = tileProbePoint(tile);
    return { user: tile.userId, expected: COLORS[tile.userId], seen: colorAt(frame, point.x, point.y) };
  });
}

const users = (...ids: string[]): MixInput[] => ids.map((userId) => ({ userId, streamType: 0, hasVideo: true }));
const tilesOf = (ids: string[], request: Omit<LayoutRequest, "canvas">, canvas = { width: 640, height: 360 }) =>
  computeMcuPicture(users(...ids), { ...request, canvas }).tiles;

describe("MCU mixing (StartMCUMixTranscode)", () => {
  it("refuses a room with nobody in it, and out-of-range or inconsistent parameters", async () => {
    expect((await errorOf(start("mix_empty", "empty", { Template: 1 }))).code).toBe("FailedOperation.RoomNotExist");
    expect((await errorOf(trtc.StopMCUMixTranscode({ SdkAppId: APP, RoomId: ROOM }))).code).toBe(
      "FailedOperation.MixSessionNotExist",
    );
    await enter("red");
    const tooWide = await errorOf(start("mix_bad", "bad", { Template: 1 }, { ...SMALL, VideoWidth: 4000 }));
    expect(tooWide.code).toBe("InvalidParameterValue");
    expect(tooWide.message).toContain("EncodeParams.VideoWidth");
    expect(tooWide.message).toContain("between 0 and 1920");
    const rate = await errorOf(start("mix_bad", "bad", { Template: 1 }, { ...SMALL, AudioSampleRate: 22050 }));
    expect(rate.message).toContain("48000, 44100, 32000, 24000, 16000, 8000");
    const outside = await errorOf(
      start("mix_bad", "bad", {
        Template: 4,
        PresetLayoutConfig: [{ ImageWidth: 400, ImageHeight: 200, LocationX: 300, LocationY: 0 }],
      }),
    );
    expect(outside.code).toBe("InvalidParameter.PresetLayoutConfig");
    expect((await errorOf(start("mix_bad", "bad", { Template: 4 }))).code).toBe("MissingParameter.PresetLayoutConfig");
    const noVideo = await errorOf(start("mix_bad", "bad", { Template: 1 }, { ...SMALL, VideoBitrate: undefined }));
    expect(noVideo.code).toBe("MissingParameter.VideoEncodeParams");
    expect((await errorOf(start(`${APP}_${ROOM}_red_main`, "bad", { Template: 1 }))).code).toBe(
      "InvalidParameter.StreamId",
    );
  });

  it("runs TRTC's guide's example call as written: one 1280x720 15 fps file named RecordId_start_end", async () => {
    await enter("red", "green", "blue");
    await trtc.StartMCUMixTranscode({
      SdkAppId: APP,
      RoomId: ROOM,
      OutputParams: { StreamId: "1400000123_room1001_mix", RecordId: "1400000123_room1001" },
      EncodeParams: {
        VideoWidth: 1280,
        VideoHeight: 720,
        VideoBitrate: 1560,
        VideoFramerate: 15,
        VideoGop: 3,
        AudioSampleRate: 48000,
        AudioBitrate: 64,
        AudioChannels: 2,
      },
      LayoutParams: { Template: 1 },
    });
    await readLive(mixUrl("1400000123_room1001_mix"), 4);
    const changedAudio = await errorOf(
      trtc.StartMCUMixTranscode({
        SdkAppId: APP,
        RoomId: ROOM,
        OutputParams: { StreamId: "1400000123_room1001_mix", RecordId: "1400000123_room1001" },
        EncodeParams: { ...SMALL, AudioBitrate: 128 },
        LayoutParams: { Template: 1 },
      }),
    );
    expect(changedAudio.code).toBe("InvalidParameter.AudioEncodeParams");
    await trtc.StopMCUMixTranscode({ SdkAppId: APP, RoomId: ROOM });

    const [media] = await recordingOf("1400000123_room1001");
    expect(media?.BasicInfo?.Name).toMatch(
      /^1400000123_room1001_\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d_\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d$/,
    );
    const url = media?.BasicInfo?.MediaUrl ?? "";
    const probe = await probeVideo(url);
    expect(probe).toMatchObject({ width: 1280, height: 720, audioSampleRate: 48000, audioChannels: 2 });
    expect(probe.fps).toBeCloseTo(15, 0);
    expect(probe.durationSeconds).toBeGreaterThan(3);
    const seen = await tileColors(
      url,
      probe.durationSeconds / 2,
      tilesOf(["red", "green", "blue"], { template: 1 }, { width: 1280, height: 720 }),
    );
    for (const tile of seen) expect(tile.seen, tile.user).toBe(tile.expected);
  });

  it("draws floating, screen share and picture-in-picture as the templates say, a file per RecordId", async () => {
    const layouts: Array<{ recordId: string; layout: LayoutParams; request: Omit<LayoutRequest, "canvas"> }> = [
      {
        recordId: "tpl_floating",
        layout: { Template: 0, MainVideoUserId: "green" },
        request: { template: 0, mainUserId: "green" },
      },
      {
        recordId: "tpl_share",
        layout: { Template: 2, MainVideoUserId: "blue", MainVideoRightAlign: 1 },
        request: { template: 2, mainUserId: "blue", mainRightAlign: true },
      },
      {
        recordId: "tpl_pip",
        layout: {
          Template: 3,
          MainVideoUserId: "red",
          SmallVideoLayoutParams: {
            UserId: "blue",
            StreamType: 0,
            ImageWidth: 200,
            ImageHeight: 112,
            LocationX: 420,
            LocationY: 228,
          },
        },
        request: {
          template: 3,
          mainUserId: "red",
          small: { userId: "blue", streamType: 0, x: 420, y: 228, width: 200, height: 112 },
        },
      },
    ];
    await enter("red", "green", "blue");
    // A new RecordId on the same StreamId ends the previous file and starts the next one.
    for (const { recordId, layout } of layouts) {
      await start("tpl_mix", recordId, layout);
      await readLive(mixUrl("tpl_mix"), 3);
    }
    await trtc.StopMCUMixTranscode({ SdkAppId: APP, RoomId: ROOM });
    for (const { recordId, request } of layouts) {
      const [media] = await recordingOf(recordId);
      const url = media?.BasicInfo?.MediaUrl ?? "";
      const { durationSeconds } = await probeVideo(url);
      const seen = await tileColors(url, durationSeconds / 2, tilesOf(["red", "green", "blue"], request));
      expect(seen.length, recordId).toBeGreaterThanOrEqual(2);
      for (const tile of seen) expect(tile.seen, `${recordId}: ${tile.user}`).toBe(tile.expected);
    }
  });

  it("re-lays out into the same file: a new layout and a user entering, then ends when the room empties", async () => {
    const custom: LayoutParams = {
      Template: 4,
      PresetLayoutConfig: [
        { UserId: "blue", ImageWidth: 320, ImageHeight: 360, LocationX: 0, LocationY: 0 },
        { UserId: "red", ImageWidth: 320, ImageHeight: 180, LocationX: 320, LocationY: 0 },
        { ImageWidth: 200, ImageHeight: 140, LocationX: 400, LocationY: 200, ZOrder: 2 },
      ],
    };
    const gridOfFour = tilesOf(["red", "green", "blue", "yellow"], { template: 1 });
    await enter("red", "green", "blue");
    await start("relayout_mix", "relayout", { Template: 1 });
    await readLive(mixUrl("relayout_mix"), 3);
    await start("relayout_mix", "relayout", custom);
    await readLive(mixUrl("relayout_mix"), 3);
    // Back to the grid, then yellow enters: the mix re-lays itself out for four.
    await start("relayout_mix", "relayout", { Template: 1 });
    await enter("yellow");
    await eventually(
      async () =>
        (await tileColors(mixUrl("relayout_mix"), 0, gridOfFour)).every((tile) => tile.seen === tile.expected),
      "the live mix shows yellow in a grid of four",
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    await readLive(mixUrl("relayout_mix"), 3);
    // Everyone leaves: the mix stops by itself and its one file is finalized.
    await leaveAll();

    const media = await recordingOf("relayout");
    expect(media).toHaveLength(1);
    const url = media[0]?.BasicInfo?.MediaUrl ?? "";
    const { durationSeconds } = await probeVideo(url);
    expect(durationSeconds).toBeGreaterThan(7);
    const early = await tileColors(url, 1.5, tilesOf(["red", "green", "blue"], { template: 1 }));
    for (const tile of early) expect(tile.seen, `grid: ${tile.user}`).toBe(tile.expected);
    const late = await tileColors(url, durationSeconds - 1, gridOfFour);
    expect(late).toHaveLength(4);
    for (const tile of late) expect(tile.seen, `grid of four: ${tile.user}`).toBe(tile.expected);
    const customTiles = tilesOf(["red", "green", "blue"], {
      template: 4,
      presets: [
        { userId: "blue", x: 0, y: 0, width: 320, height: 360 },
        { userId: "red", x: 320, y: 0, width: 320, height: 180 },
        { x: 400, y: 200, width: 200, height: 140, zOrder: 2 },
      ],
    });
    // Somewhere between the two grids the custom picture was recorded into the same file.
    const middle = await Promise.all(
      [0.3, 0.4, 0.5, 0.6].map((share) => tileColors(url, durationSeconds * share, customTiles)),
    );
    expect(middle.some((tiles) => tiles.every((tile) => tile.seen === tile.expected))).toBe(true);
  });
  it("reports the mixing and recording it did through the usage actions, by output tier", async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const window = { StartTime: today, EndTime: today, SdkAppId: APP };
    const transcoding = await trtc.DescribeMixTranscodingUsage(window);
    const minutesOf = (key: string) => {
      const index = transcoding.UsageKey?.indexOf(key) ?? -1;
      return (transcoding.UsageList ?? []).reduce((sum, point) => sum + (point.UsageValue?.[index] ?? 0), 0);
    };
    // The guide's example ran at 1280x720 (HD); the other mixes at 640x360 (SD).
    expect(minutesOf("HDH264")).toBeGreaterThan(0.05);
    expect(minutesOf("SDH264")).toBeGreaterThan(minutesOf("HDH264"));
    expect(minutesOf("FullHDH264")).toBe(0);
    const [total] = (await trtc.DescribeTrtcMcuTranscodeTime(window)).Usages ?? [];
    expect(total?.SdkAppId).toBe("total");
    const [day] = total?.SdkAppIdTranscodeTimeUsages ?? [];
    expect(day?.TimeKey).toBe(today);
    expect(day?.VideoTimeHd).toBeGreaterThan(3);
    expect(day?.VideoTimeSd).toBeGreaterThan(day?.VideoTimeHd ?? 0);
    // The mixes were recorded by CSS (the legacy regime): DescribeRecordStatistic counts those files.
    const statistic = await trtc.DescribeRecordStatistic(window);
    const [usage] = statistic.SdkAppIdUsages[0]?.Usages ?? [];
    expect(usage?.Class2VideoTime).toBeGreaterThan(3);
    expect(usage?.Class1VideoTime).toBeGreaterThan(3);
  });
});
