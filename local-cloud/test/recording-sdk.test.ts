import type { Client as LiveClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_client";
import type { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import type { MediaInfo } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHOSEN_USERS_STREAM_NAME } from "../src/recording/contracts";
import { startCallbackReceiver } from "./helpers/callback-receiver";
import { cssEventsAt, isSignedWith, type CssEvent } from "./helpers/css-callbacks";
import { decodedSeconds } from "./helpers/decode-media";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import {
  liveClient,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  vodClient,
  type TestCloud,
} from "./helpers/test-cloud";

/*
 * Recording configured only through the live API and read back only through the VOD API and a
 * callback receiver, with real pushes: one local cloud for the whole file, the streams pushed at once.
 */

const DOMAIN = TEST_PUSH_DOMAIN;
const APP_NAME = `trtc_${TEST_APP}`;
const CALLBACK_KEY = "sdk-test-key";
const PUBLISH_SECONDS = 5;
const MP4_STORAGE_SECONDS = 86_400;
const STAMP = String.raw`(\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})`;
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const b64 = (text: string) => Buffer.from(text).toString("base64");

/** The three legacy naming cases of §5.1, pushed at once in one room. */
const STREAMS = {
  auto: {
    streamId: `${TEST_APP}_700_alice_main`,
    query: "roomid=700&userid=alice",
    userId: "alice",
    name: new RegExp(`^${TEST_APP}_700_alice_main_${STAMP}_${STAMP}$`),
  },
  own: {
    streamId: "cam-bob",
    query: "roomid=700&userid=bob",
    userId: "bob",
    name: new RegExp(`^cam-bob_${STAMP}_${STAMP}$`),
  },
  chosen: {
    streamId: `${TEST_APP}_700_carol_aux`,
    query: "roomid=700&userid=carol&streamtype=aux&userdefinerecordid=lesson7",
    userId: "carol",
    name: new RegExp(`^lesson7_aux_${STAMP}_${STAMP}$`),
  },
} as const;
const VIDEO_TYPES = ["flv", "m3u8", "mp4"];
const CONTAINER: Record<string, string> = { mp4: "mov,mp4,m4a,3gp,3g2,mj2", flv: "flv", m3u8: "hls", aac: "aac" };

let env: TestCloud;
let live: LiveClient;
let vod: VodClient;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
let subAppId = 0;
let recordTemplateId = 0;
let testStart = "";
/** What the recording produced: main-application media (HLS, MP4, FLV) and sub-application media (AAC). */
let mainMedia: MediaInfo[] = [];
let subMedia: MediaInfo[] = [];
let fileEvents: CssEvent[] = [];

const ids = (media: readonly MediaInfo[] | undefined) => (media ?? []).map((item) => item.FileId ?? "");
const basic = (item: MediaInfo | undefined) => item?.BasicInfo ?? {};
const allMedia = () => [...mainMedia, ...subMedia];
const mediaOf = (streamId: string) =>
  allMedia().filter((item) => basic(item).SourceInfo?.LiveRecordInfo?.StreamId === streamId);
const search = async (request: Parameters<VodClient["SearchMedia"]>[0]) =>
  vod.SearchMedia({ SubAppId: TEST_VOD_APP, Limit: 50, ...request });
const beijingStamp = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 19).replace("T", "-").replaceAll(":", "-");

beforeAll(async () => {
  env = await startTestCloud({ callbackRetryIntervalMs: 200 });
  live = liveClient(env.cloud.port);
  vod = vodClient(env.cloud.port);
  receiver = await startCallbackReceiver();
  testStart = new Date(Date.now() - 1000).toISOString();

  subAppId = (await vod.CreateSubAppId({ Name: "audio-only" })).SubAppId ?? 0;
  recordTemplateId =
    (
      await live.CreateLiveRecordTemplate({
        TemplateName: "all_formats",
        HlsParam: { Enable: 1 },
        Mp4Param: { Enable: 1, RecordInterval: 3600, StorageTime: MP4_STORAGE_SECONDS },
        FlvParam: { Enable: 1, RecordInterval: 3600 },
        AacParam: { Enable: 1, RecordInterval: 3600, VodSubAppId: subAppId },
      })
    ).TemplateId ?? 0;
  // Global auto recording: a rule on the app with no stream name.
  await live.CreateLiveRecordRule({
    DomainName: DOMAIN,
    AppName: APP_NAME,
    StreamName: "",
    TemplateId: recordTemplateId,
  });
  const callbackTemplate = await live.CreateLiveCallbackTemplate({
    TemplateName: "receiver",
    RecordNotifyUrl: new URL("/record", receiver.url).href,
    RecordStatusNotifyUrl: new URL("/status", receiver.url).href,
    CallbackKey: CALLBACK_KEY,
  });
  await live.CreateLiveCallbackRule({
    DomainName: DOMAIN,
    AppName: APP_NAME,
    TemplateId: callbackTemplate.TemplateId ?? 0,
  });

  const pushes = Object.values(STREAMS).map((stream) =>
    startLavfiPush(
      `rtmp://127.0.0.1:${env.cloud.rtmpPort}/${APP_NAME}/${stream.streamId}?${stream.query}`,
      PUBLISH_SECONDS,
    ),
  );
  for (const push of pushes) expect(await push.exited).toBe(0);

  // Three streams × (HLS, MP4, FLV in the main application + AAC in the sub-application).
  mainMedia = await eventually(
    async () => {
      const found = (await search({})).MediaInfoSet ?? [];
      return found.length === 9 && found;
    },
    "nine video files are in the main application",
    { timeoutMs: 45_000 },
  );
  subMedia = await eventually(
    async () => {
      const found = (await search({ SubAppId: subAppId })).MediaInfoSet ?? [];
      return found.length === 3 && found;
    },
    "three audio files are in the sub-application",
    { timeoutMs: 45_000 },
  );
  fileEvents = await eventually(async () => {
    const events = cssEventsAt(receiver.received, "/record");
    return events.length === 12 && events;
  }, "twelve event 100 callbacks arrive");
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await receiver?.close();
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

describe("global auto recording configured through the live API", () => {
  it("records every enabled format of every stream into a file that plays for the published time", async () => {
    for (const stream of Object.values(STREAMS)) {
      const files = mediaOf(stream.streamId);
      expect(files.map((item) => basic(item).Type).sort(), stream.streamId).toEqual(["aac", "flv", "m3u8", "mp4"]);
      for (const item of files) {
        const label = `${stream.streamId} ${basic(item).Type}`;
        expect(Math.abs((item.MetaData?.Duration ?? 0) - PUBLISH_SECONDS), label).toBeLessThan(1);
        // The served file itself, played to the end as a player gets it.
        const played = await decodedSeconds(basic(item).MediaUrl ?? "");
        expect(Math.abs(played - PUBLISH_SECONDS), label).toBeLessThan(1);
      }
    }
  });

  it("names files per §5.1 for userdefinerecordid, an own stream id and the default stream id", () => {
    for (const stream of Object.values(STREAMS)) {
      for (const item of mediaOf(stream.streamId)) {
        const { Name, SourceInfo } = basic(item);
        const match = stream.name.exec(Name ?? "");
        expect(match, Name).not.toBeNull();
        // The stamps are the record start and end in Beijing time.
        expect(match?.[1]).toBe(beijingStamp(SourceInfo?.LiveRecordInfo?.RecordStartTime ?? ""));
        expect(match?.[2]).toBe(beijingStamp(SourceInfo?.LiveRecordInfo?.RecordEndTime ?? ""));
      }
    }
  });

  it("describes each file as VOD does: times, expiry, source, category and metadata", async () => {
    const now = Date.now();
    for (const item of allMedia()) {
      const info = basic(item);
      const label = `${info.Name} (${info.Type})`;
      expect(info.CreateTime, label).toMatch(ISO_SECONDS);
      const created = Date.parse(info.CreateTime ?? "");
      expect(created >= Date.parse(testStart.slice(0, 19) + "Z") && created <= now, label).toBe(true);
      if (info.Type === "mp4") {
        expect(Date.parse(info.ExpireTime ?? "") - Date.parse(info.CreateTime ?? ""), label).toBe(
          MP4_STORAGE_SECONDS * 1000,
        );
      } else expect(info.ExpireTime, label).toBe("9999-12-31T23:59:59Z");
      expect(info.Category, label).toBe(info.Type === "aac" ? "Audio" : "Video");
      expect(info.SourceInfo, label).toMatchObject({
        SourceType: "Record",
        LiveRecordInfo: { Domain: DOMAIN, Path: APP_NAME },
      });
      expect(info.SourceInfo?.LiveRecordInfo?.RecordStartTime, label).toMatch(ISO_SECONDS);

      const meta = item.MetaData;
      expect(meta?.Container, label).toBe(CONTAINER[info.Type ?? ""]);
      expect(meta?.Size, label).toBeGreaterThan(0);
      // Video + audio bits per second of the whole file (for HLS, of its segments, not its playlist).
      const sizeBitrate = ((meta?.Size ?? 0) * 8) / (meta?.Duration ?? 1);
      expect(Math.abs((meta?.Bitrate ?? 0) - sizeBitrate) / sizeBitrate, label).toBeLessThan(0.05);
      expect(meta?.AudioStreamSet, label).toEqual([expect.objectContaining({ Codec: "aac", SamplingRate: 44100 })]);
      if (info.Type === "aac") {
        expect(meta?.VideoStreamSet, label).toEqual([]);
        expect(meta).toMatchObject({ Width: 0, Height: 0 });
      } else {
        expect(meta?.VideoStreamSet, label).toEqual([
          expect.objectContaining({ Codec: "h264", Width: 320, Height: 180, Fps: 15 }),
        ]);
        expect(meta).toMatchObject({ Width: 320, Height: 180 });
      }
    }
  });

  it("serves a JPEG cover for each video file and none for audio", async () => {
    for (const item of allMedia()) {
      const { CoverUrl, Type } = basic(item);
      if (!VIDEO_TYPES.includes(Type ?? "")) {
        expect(CoverUrl).toBe("");
        continue;
      }
      const response = await fetch(CoverUrl ?? "");
      expect(response.status, CoverUrl).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/jpeg");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
    }
  });

  it("calls back once per file with a valid signature and the file's facts", () => {
    const byId = new Map(allMedia().map((item) => [item.FileId, item]));
    expect(new Set(fileEvents.map((event) => event.file_id))).toEqual(new Set(byId.keys()));
    for (const [index, event] of fileEvents.entries()) {
      const item = byId.get(String(event.file_id));
      const arrivedSeconds = Math.floor(
        (receiver.received.filter((entry) => entry.path === "/record")[index]?.receivedAt ?? 0) / 1000,
      );
      expect(isSignedWith(event, CALLBACK_KEY)).toBe(true);
      expect(Math.abs(event.t - (arrivedSeconds + 600))).toBeLessThanOrEqual(2);
      const stream = Object.values(STREAMS).find((candidate) => candidate.streamId === event.stream_id);
      expect(stream).toBeDefined();
      expect(event).toMatchObject({
        event_type: 100,
        app: DOMAIN,
        appname: APP_NAME,
        channel_id: event.stream_id,
        record_file_id: event.file_id,
        file_format: { m3u8: "hls", mp4: "mp4", flv: "flv", aac: "aac" }[basic(item).Type ?? ""],
        video_url: basic(item).MediaUrl,
        file_size: item?.MetaData?.Size,
        duration: Math.round(item?.MetaData?.Duration ?? -1),
        record_temp_id: String(recordTemplateId),
      });
      expect(Number(event.end_time) - Number(event.start_time)).toBeGreaterThanOrEqual(PUBLISH_SECONDS - 2);
      expect(String(event.stream_param)).toContain(`userid=${b64(stream?.userId ?? "")}`);
      if (stream === STREAMS.chosen) expect(String(event.stream_param)).toContain("userdefinerecordid=lesson7");
    }
  });

  it("reports each stream's recording start and end to RecordStatusNotifyUrl", () => {
    const statusEvents = cssEventsAt(receiver.received, "/status");
    for (const stream of Object.values(STREAMS)) {
      const events = statusEvents.filter((event) => event.stream_id === stream.streamId);
      expect(events.map((event) => event.record_event)).toEqual(["record_start_succeeded", "record_ended"]);
      for (const event of events) expect(isSignedWith(event, CALLBACK_KEY)).toBe(true);
    }
  });
});

describe("sub-application partitioning", () => {
  it("keeps the template's VodSubAppId media apart from the main application's", async () => {
    expect(subMedia.every((item) => basic(item).Type === "aac")).toBe(true);
    expect(mainMedia.some((item) => basic(item).Type === "aac")).toBe(false);
    const [audio] = ids(subMedia);
    const [video] = ids(mainMedia);
    expect(
      (await vod.DescribeMediaInfos({ SubAppId: TEST_VOD_APP, FileIds: [audio ?? ""] })).NotExistFileIdSet,
    ).toEqual([audio]);
    expect(ids((await vod.DescribeMediaInfos({ FileIds: [audio ?? ""], SubAppId: subAppId })).MediaInfoSet)).toEqual([
      audio,
    ]);
    expect((await vod.DescribeMediaInfos({ FileIds: [video ?? ""], SubAppId: subAppId })).NotExistFileIdSet).toEqual([
      video,
    ]);
    expect(await vod.DescribeStorageData({ SubAppId: subAppId })).toMatchObject({ MediaCount: 3 });
    expect(await vod.DescribeStorageData({ SubAppId: TEST_VOD_APP })).toMatchObject({ MediaCount: 9 });
  });
});

describe("SearchMedia filters and sort over the recordings", () => {
  it("filters by Categories within a partition", async () => {
    expect((await search({ Categories: ["Video"] })).TotalCount).toBe(9);
    expect((await search({ Categories: ["Audio"] })).TotalCount).toBe(0);
    expect((await search({ Categories: ["Audio"], SubAppId: subAppId })).TotalCount).toBe(3);
    expect((await search({ Categories: ["Audio", "Video"], SubAppId: subAppId })).TotalCount).toBe(3);
  });

  it("returns only the parts Filters asks for", async () => {
    const basicOnly = (await search({ Filters: ["basicInfo"] })).MediaInfoSet ?? [];
    expect(basicOnly).toHaveLength(9);
    for (const item of basicOnly) {
      expect(item.BasicInfo?.Name).toBeTruthy();
      expect(item.MetaData ?? null).toBeNull();
    }
    const metaOnly = (await search({ Filters: ["metaData"] })).MediaInfoSet ?? [];
    for (const item of metaOnly) {
      expect(item.BasicInfo ?? null).toBeNull();
      expect(item.MetaData?.Duration).toBeGreaterThan(0);
    }
  });

  it("finds by FileIds and pages with Offset and Limit", async () => {
    const all = ids((await search({})).MediaInfoSet);
    const picked = [all[1] ?? "", all[6] ?? ""];
    expect(ids((await search({ FileIds: picked })).MediaInfoSet)).toEqual(picked);
    const pages: string[] = [];
    for (const offset of [0, 4, 8]) {
      const page = await vod.SearchMedia({ SubAppId: TEST_VOD_APP, Offset: offset, Limit: 4 });
      expect(page.TotalCount).toBe(9);
      pages.push(...ids(page.MediaInfoSet));
    }
    expect(pages).toEqual(all);
  });

  it("sorts by CreateTime both ways", async () => {
    const desc = (await search({ Sort: { Field: "CreateTime", Order: "Desc" } })).MediaInfoSet ?? [];
    const asc = ids((await search({ Sort: { Field: "CreateTime", Order: "Asc" } })).MediaInfoSet);
    expect(asc).toEqual(ids(desc).reverse());
    const times = desc.map((item) => basic(item).CreateTime ?? "");
    expect(times).toEqual([...times].sort().reverse());
    // No Sort: newest first.
    expect(ids((await search({})).MediaInfoSet)).toEqual(ids(desc));
  });

  it("still honours the deprecated Text, StreamId, StartTime and EndTime", async () => {
    const camBob = ids(mediaOf("cam-bob").filter((item) => basic(item).Type !== "aac")).sort();
    expect(ids((await search({ Text: "CAM-bob" })).MediaInfoSet).sort()).toEqual(camBob);
    expect(ids((await search({ StreamId: "cam-bob" })).MediaInfoSet).sort()).toEqual(camBob);
    const inAMinute = new Date(Date.now() + 60_000).toISOString();
    expect((await search({ StartTime: testStart, EndTime: inAMinute })).TotalCount).toBe(9);
    expect((await search({ StartTime: inAMinute })).TotalCount).toBe(0);
    expect((await search({ EndTime: testStart })).TotalCount).toBe(0);
  });
});

describe("ModifyMediaInfo and fuzzy search", () => {
  it("keeps Description and ClassId, and finds by them", async () => {
    const [target] = ids(mainMedia);
    await vod.ModifyMediaInfo({
      SubAppId: TEST_VOD_APP,
      FileId: target ?? "",
      Description: "First lesson of the term",
      ClassId: 3,
    });
    const [described] =
      (await vod.DescribeMediaInfos({ SubAppId: TEST_VOD_APP, FileIds: [target ?? ""] })).MediaInfoSet ?? [];
    expect(described?.BasicInfo).toMatchObject({ Description: "First lesson of the term", ClassId: 3 });
    expect(ids((await search({ Descriptions: ["LESSON of"] })).MediaInfoSet)).toEqual([target]);
    expect(ids((await search({ ClassIds: [3] })).MediaInfoSet)).toEqual([target]);
    expect((await search({ ClassIds: [4] })).TotalCount).toBe(0);
  });

  it("orders a Names search by relevance, ignoring Sort", async () => {
    const oldestFirst = ids((await search({ Sort: { Field: "CreateTime", Order: "Asc" } })).MediaInfoSet);
    const [first, second, third] = oldestFirst;
    await vod.ModifyMediaInfo({ SubAppId: TEST_VOD_APP, FileId: first ?? "", Name: "intro-part2" });
    await vod.ModifyMediaInfo({ SubAppId: TEST_VOD_APP, FileId: second ?? "", Name: "intro" });
    await vod.ModifyMediaInfo({ SubAppId: TEST_VOD_APP, FileId: third ?? "", Name: "my intro" });
    // Exact name, then a name starting with the text, then one containing it.
    const relevance = [second, first, third];
    for (const order of ["Asc", "Desc"]) {
      const found = await search({ Names: ["Intro"], Sort: { Field: "CreateTime", Order: order } });
      expect(ids(found.MediaInfoSet), order).toEqual(relevance);
    }
    expect(ids((await search({ Text: "intro", Sort: { Field: "CreateTime", Order: "Asc" } })).MediaInfoSet)).toEqual(
      relevance,
    );
  });
});

describe("chosen-user recording", () => {
  it("records only the streams whose publisher entered with userdefinerecordid", async () => {
    await live.DeleteLiveRecordRule({ DomainName: DOMAIN, AppName: APP_NAME, StreamName: "" });
    const mp4Only = await live.CreateLiveRecordTemplate({
      TemplateName: "chosen",
      Mp4Param: { Enable: 1, RecordInterval: 3600 },
    });
    // The console's chosen-user rule: a stream name no one publishes under (contracts.ts).
    await live.CreateLiveRecordRule({
      DomainName: DOMAIN,
      AppName: APP_NAME,
      StreamName: CHOSEN_USERS_STREAM_NAME,
      TemplateId: mp4Only.TemplateId ?? 0,
    });
    const chosen = `${TEST_APP}_701_dave_main`;
    const unchosen = `${TEST_APP}_701_erin_main`;
    const pushes = [
      startLavfiPush(
        `rtmp://127.0.0.1:${env.cloud.rtmpPort}/${APP_NAME}/${chosen}?roomid=701&userid=dave&userdefinerecordid=pick1`,
        3,
      ),
      startLavfiPush(`rtmp://127.0.0.1:${env.cloud.rtmpPort}/${APP_NAME}/${unchosen}?roomid=701&userid=erin`, 3),
    ];
    for (const push of pushes) expect(await push.exited).toBe(0);

    const [recorded] = await eventually(async () => {
      const found = (await search({ StreamIds: [chosen] })).MediaInfoSet ?? [];
      return found.length === 1 && found;
    }, "the chosen stream's MP4 is in VOD");
    expect(basic(recorded).Name).toMatch(new RegExp(`^pick1_main_${STAMP}_${STAMP}$`));
    // Its recording has ended and been called back; the other stream's would have started with it.
    await eventually(
      async () => cssEventsAt(receiver.received, "/record").some((event) => event.stream_id === chosen),
      "the chosen stream's event 100 arrives",
    );
    expect((await search({ StreamIds: [unchosen] })).TotalCount).toBe(0);
    expect(receiver.received.some((entry) => entry.body.includes(unchosen))).toBe(false);
  });
});
