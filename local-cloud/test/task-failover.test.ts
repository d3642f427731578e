import type { Client as TrtcClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_client";
import type { MediaInfo } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCallbackReceiver } from "./helpers/callback-receiver";
import { foldLikeTheConsoleInbox, taskEventOf, type InboxEvent } from "./helpers/console-inbox";
import { eventually } from "./helpers/eventually";
import { freePort } from "./helpers/free-port";
import {
  pidsMentioning,
  seedShortSamples,
  startLocalCloudProcess,
  type LocalCloudProcess,
} from "./helpers/local-cloud-process";
import { runsOnDisk, type RunOnDisk } from "./helpers/recordings-on-disk";
import { configureTrtcCallbacks } from "./helpers/trtc-callbacks";
import {
  cloudApp,
  errorOf,
  legacyApp,
  liveClient,
  makeDataDir,
  removeDataDir,
  TEST_APP,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  testAccount,
  trtcClient,
  vodClient,
} from "./helpers/test-cloud";

/*
 * The local cloud gets SIGKILL while an MCU mix (recorded by RecordId) and two cloud-recording
 * tasks run, and starts again on the same data directory: each task resumes with its 306, the mix
 * comes back once its room has its user again, and their files go on as a second piece of the same
 * file, to end normally later (302, one 311 per file, 312; one event 100 per mix file).
 */

const CLOUD_APP = 1400000456;
const CSS_KEY = "failoverCssKey";
const TRTC_KEY = "failoverTrtcKey42";
const MIX_RECORD_ID = "failover_mix";
const MIX_STREAM = "failover_mix_out";
const SMALL = {
  VideoWidth: 320,
  VideoHeight: 180,
  VideoBitrate: 300,
  VideoFramerate: 15,
  VideoGop: 1,
  AudioSampleRate: 48000,
  AudioBitrate: 64,
  AudioChannels: 2,
};

let dataDir = "";
let port = 0;
let rtmpPort = 0;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
const processes: LocalCloudProcess[] = [];

async function start(apps = [legacyApp(TEST_APP), cloudApp(CLOUD_APP)]): Promise<LocalCloudProcess> {
  const cloud = await startLocalCloudProcess({ port, rtmpPort, dataDir, account: testAccount(apps) });
  processes.push(cloud);
  return cloud;
}

/** SIGKILL, then what it left running (recorder and ingest ffmpegs) loses its server and exits. */
async function crash(cloud: LocalCloudProcess): Promise<void> {
  expect(await cloud.kill("SIGKILL")).toEqual({ code: null, signal: "SIGKILL" });
  await eventually(async () => (await pidsMentioning(dataDir)).length === 0, "the orphaned ffmpegs exit");
}

const inbox = () => foldLikeTheConsoleInbox(receiver.received, { css: CSS_KEY, trtc: TRTC_KEY });
const taskEvents = (taskId: string) =>
  inbox()
    .filter((event) => event.family === "trtc")
    .map(taskEventOf)
    .filter((event) => event.taskId === taskId);
const cssEvents = (eventType: number, streamId: string): InboxEvent[] =>
  inbox().filter(
    (event) => event.family === "css" && event.body.event_type === eventType && event.body.stream_id === streamId,
  );

/** Waits until `count` recordings have a run `run` holding at least `atLeast` (segments, fragments). */
function untilRecorded(run: number, formats: Record<"hls" | "mp4", number>, atLeast: number): Promise<RunOnDisk[]> {
  return eventually(
    async () => {
      const runs = (await runsOnDisk(dataDir)).filter((entry) => entry.run === run && entry.written >= atLeast);
      const count = (format: "hls" | "mp4") => runs.filter((entry) => entry.format === format).length;
      return count("hls") >= formats.hls && count("mp4") >= formats.mp4 && runs;
    },
    `${formats.hls} HLS and ${formats.mp4} MP4 recordings have ${atLeast} segments in run ${run}`,
    { timeoutMs: 60_000, intervalMs: 250 },
  );
}

async function mediaOf(fileId: string): Promise<MediaInfo> {
  const { MediaInfoSet } = await vodClient(port).DescribeMediaInfos({ SubAppId: TEST_VOD_APP, FileIds: [fileId] });
  const [media] = MediaInfoSet ?? [];
  if (!media) throw new Error(`VOD has no media ${fileId}`);
  return media;
}

async function ingest(trtc: TrtcClient, sdkAppId: number, roomId: string, userId: string, sample: string) {
  await trtc.StartStreamIngest({
    SdkAppId: sdkAppId,
    RoomId: roomId,
    RoomIdType: 1,
    UserId: userId,
    UserSig: "sig",
    StreamUrl: `http://127.0.0.1:${port}/_local/samples/${sample}.mp4`,
    RepeatNum: -1,
  });
}

beforeAll(async () => {
  dataDir = await makeDataDir();
  await seedShortSamples(dataDir);
  [port, rtmpPort] = [await freePort(), await freePort()];
  receiver = await startCallbackReceiver();
});

afterAll(async () => {
  for (const cloud of processes) await cloud.kill("SIGKILL");
  for (const pid of dataDir ? await pidsMentioning(dataDir) : []) process.kill(pid, "SIGKILL");
  await receiver?.close();
  if (dataDir) await removeDataDir(dataDir);
});

describe("cloud-recording tasks and MCU mixes across a kill -9 of the local cloud", () => {
  it(
    "resume (306 for each task), continue their files as a new piece, and end normally later",
    { timeout: 180_000 },
    async () => {
      const first = await start();
      const url = `http://127.0.0.1:${port}`;
      await configureTrtcCallbacks({ url, controlSecret: first.controlSecret }, CLOUD_APP, {
        recording: { url: new URL("/trtc", receiver.url).href, key: TRTC_KEY },
      });
      const live = liveClient(port);
      const { TemplateId = 0 } = await live.CreateLiveRecordTemplate({
        TemplateName: "failover",
        HlsParam: { Enable: 1 },
        Mp4Param: { Enable: 1, RecordInterval: 3600 },
      });
      // Named for a stream nobody publishes: only chosen streams (the mix, by its RecordId) are recorded.
      await live.CreateLiveRecordRule({
        DomainName: TEST_PUSH_DOMAIN,
        AppName: `trtc_${TEST_APP}`,
        StreamName: "only_chosen",
        TemplateId,
      });
      const callbackTemplate = await live.CreateLiveCallbackTemplate({
        TemplateName: "failover",
        RecordNotifyUrl: new URL("/css", receiver.url).href,
        RecordStatusNotifyUrl: new URL("/css-status", receiver.url).href,
        CallbackKey: CSS_KEY,
      });
      await live.CreateLiveCallbackRule({
        DomainName: TEST_PUSH_DOMAIN,
        AppName: `trtc_${TEST_APP}`,
        TemplateId: callbackTemplate.TemplateId ?? 0,
      });

      const trtc = trtcClient(port);
      await ingest(trtc, TEST_APP, "7101", "anna", "red-360p");
      await ingest(trtc, CLOUD_APP, "7102", "ben", "green-360p");
      await trtc.StartMCUMixTranscode({
        SdkAppId: TEST_APP,
        RoomId: 7101,
        OutputParams: { StreamId: MIX_STREAM, RecordId: MIX_RECORD_ID },
        EncodeParams: SMALL,
        LayoutParams: { Template: 1 },
      });
      const storage = (MediaType: number) => ({ CloudVod: { TencentVod: { MediaType } } });
      const { TaskId: mixedTask = "" } = await trtc.CreateCloudRecording({
        SdkAppId: CLOUD_APP,
        RoomId: "7102",
        UserId: "mixing_bot",
        UserSig: "bot-sig",
        RecordParams: { RecordMode: 2, MaxIdleTime: 60 },
        StorageParams: storage(3),
        MixTranscodeParams: { VideoParams: { Width: 320, Height: 180, Fps: 15, BitRate: 300_000, Gop: 1 } },
      });
      const { TaskId: singleTask = "" } = await trtc.CreateCloudRecording({
        SdkAppId: CLOUD_APP,
        RoomId: "7102",
        UserId: "single_bot",
        UserSig: "bot-sig",
        RecordParams: { RecordMode: 1, MaxIdleTime: 60 },
        StorageParams: storage(0),
      });
      // The mix's HLS and MP4 (CSS), the mixed task's HLS and MP4, the single task's MP4.
      const beforeCrash = await untilRecorded(1, { hls: 2, mp4: 3 }, 2);
      await crash(first);

      await start();
      // Known from the first call on: resumed, not forgotten.
      for (const taskId of [mixedTask, singleTask]) {
        const { Status } = await trtcClient(port).DescribeCloudRecording({ SdkAppId: CLOUD_APP, TaskId: taskId });
        expect(["Idle", "InProgress"]).toContain(Status);
      }
      for (const taskId of [mixedTask, singleTask])
        await eventually(
          async () => taskEvents(taskId).some((event) => event.eventType === 306),
          `task ${taskId} reports its failover (306)`,
        );
      const afterRestart = await untilRecorded(2, { hls: 2, mp4: 3 }, 2);
      // The second piece of each file is written where the first was: the same file goes on.
      const dirsOf = (runs: RunOnDisk[]) => runs.map((entry) => `${entry.format} ${entry.recordingDir}`).sort();
      expect(dirsOf(afterRestart)).toEqual(dirsOf(beforeCrash));
      expect(cssEvents(332, MIX_STREAM).map((event) => event.body.record_event)).toContain("record_resumed");
      expect(
        inbox().filter((event) => [100, 311].includes(Number(event.body.event_type ?? event.body.EventType))),
      ).toEqual([]);

      await trtc.DeleteCloudRecording({ SdkAppId: CLOUD_APP, TaskId: mixedTask });
      await trtc.DeleteCloudRecording({ SdkAppId: CLOUD_APP, TaskId: singleTask });
      await trtc.StopMCUMixTranscode({ SdkAppId: TEST_APP, RoomId: 7101 });

      const expectedFiles = { [mixedTask]: 2, [singleTask]: 1 };
      for (const [taskId, files] of Object.entries(expectedFiles)) {
        const events = await eventually(
          async () => taskEvents(taskId).some((event) => event.eventType === 312) && taskEvents(taskId),
          `task ${taskId} reports 312`,
          { timeoutMs: 60_000, intervalMs: 250 },
        );
        expect(events.map((event) => event.eventType)).toEqual([301, 306, 302, ...Array<number>(files).fill(311), 312]);
        expect(events.find((event) => event.eventType === 306)?.payload).toEqual({ Status: 0 });
        expect(events.find((event) => event.eventType === 302)?.payload).toEqual({ LeaveCode: 0 });
        for (const commit of events.filter((event) => event.eventType === 311)) {
          const vod = commit.payload.TencentVod as { FileId: string; StartTimeStamp: number; EndTimeStamp: number };
          const media = await mediaOf(vod.FileId);
          // Both lives' media, joined: each had at least two segments (HLS 2 s each; MP4 fragments 1 s each).
          expect(media.MetaData?.Duration, `${taskId} ${media.BasicInfo?.Type}`).toBeGreaterThan(3);
          expect(vod.StartTimeStamp).toBeLessThan(vod.EndTimeStamp);
        }
      }
      const mixFiles = await eventually(
        async () => cssEvents(100, MIX_STREAM).length === 2 && cssEvents(100, MIX_STREAM),
        "the mix's two files are called back (event 100)",
        { timeoutMs: 60_000, intervalMs: 250 },
      );
      for (const event of mixFiles) {
        const media = await mediaOf(String(event.body.file_id));
        expect(media.BasicInfo?.Name).toMatch(new RegExp(`^${MIX_RECORD_ID}_`));
        expect(media.MetaData?.Duration, String(media.BasicInfo?.Type)).toBeGreaterThan(3);
      }
      const { MediaInfoSet = [] } = await vodClient(port).SearchMedia({
        SubAppId: TEST_VOD_APP,
        StreamIds: [MIX_STREAM],
        Limit: 10,
      });
      expect(MediaInfoSet).toHaveLength(2);
      expect((await errorOf(trtc.DescribeCloudRecording({ SdkAppId: CLOUD_APP, TaskId: mixedTask }))).code).toBe(
        "FailedOperation.TaskNotExist",
      );
    },
  );

  it(
    "end a task that cannot resume (its app is legacy now) with 302 LeaveCode 3, its file's 311 and 312",
    { timeout: 180_000 },
    async () => {
      const trtc = trtcClient(port);
      const earlier = new Set((await runsOnDisk(dataDir)).map((entry) => entry.recordingDir));
      const { TaskId: taskId = "" } = await trtc.CreateCloudRecording({
        SdkAppId: CLOUD_APP,
        RoomId: "7102",
        UserId: "doomed_bot",
        UserSig: "bot-sig",
        RecordParams: { RecordMode: 1, MaxIdleTime: 60 },
        StorageParams: { CloudVod: { TencentVod: { MediaType: 0 } } },
      });
      await eventually(
        async () =>
          (await runsOnDisk(dataDir)).some(
            (entry) => !earlier.has(entry.recordingDir) && entry.format === "mp4" && entry.written >= 2,
          ),
        "the task has recorded two fragments",
        { timeoutMs: 60_000, intervalMs: 250 },
      );
      const running = processes.at(-1);
      if (!running) throw new Error("no local cloud runs");
      await crash(running);

      await start([legacyApp(TEST_APP), legacyApp(CLOUD_APP)]);
      const events = await eventually(
        async () => taskEvents(taskId).some((event) => event.eventType === 312) && taskEvents(taskId),
        `task ${taskId} reports 312`,
        { timeoutMs: 60_000, intervalMs: 250 },
      );
      expect(events.map((event) => event.eventType)).toEqual([301, 302, 311, 312]);
      expect(events.find((event) => event.eventType === 302)?.payload).toEqual({ LeaveCode: 3 });
      const commit = events.find((event) => event.eventType === 311)?.payload.TencentVod as { FileId: string };
      expect((await mediaOf(commit.FileId)).MetaData?.Duration).toBeGreaterThan(0);
      expect((await errorOf(trtc.DescribeCloudRecording({ SdkAppId: CLOUD_APP, TaskId: taskId }))).code).toBe(
        "FailedOperation.TaskNotExist",
      );
    },
  );
});
