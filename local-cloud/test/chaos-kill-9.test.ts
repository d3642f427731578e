import { PGlite } from "@electric-sql/pglite";
import path from "node:path";
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
import { chaosSeed, seededRandom } from "./helpers/seeded-random";
import { configureTrtcCallbacks } from "./helpers/trtc-callbacks";
import {
  cloudApp,
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
 * Chaos, bounded and local: four streams recorded by CSS in every format, an MCU mix recorded by
 * its RecordId and a cloud-recording task run, callbacks flow to a receiver that checks and folds
 * them as the console's inbox does, and the local cloud gets SIGKILL five times in a row, each at
 * a moment a seeded PRNG picks: while it records, or while it finishes and calls back what the
 * previous run left. After each restart that settles, and at the end, what was recorded up to the
 * last flushed segment is in VOD, each file is called back exactly once, and nothing is left
 * recording. CHAOS_SEED=<seed> replays a run; the seed is in every failure's message.
 */

const CLOUD_APP = 1400000456;
const LEGACY_ROOM = "8101";
const TASK_ROOM = "8102";
const CSS_KEY = "chaosCssKey";
const TRTC_KEY = "chaosTrtcKey42";
const USERS = [
  { userId: "u1", sample: "red-360p" },
  { userId: "u2", sample: "green-360p" },
  { userId: "u3", sample: "blue-720p" },
  { userId: "u4", sample: "yellow-720p" },
];
const TASK_USER = { userId: "t1", sample: "red-360p" };
const MIX_RECORD_ID = "chaos_mix";
const MIX_STREAM = "chaos_mix_out";
const KILLS = 5;
/** VOD `Type` of each CSS format. */
const CSS_TYPES = ["m3u8", "mp4", "flv", "aac"];
/** A crash loses what was not flushed: HLS up to a 2 s segment, MP4 a 1 s fragment; plus RecordEndTime's whole seconds. */
const FLUSH_TOLERANCE_MS = 4_000;

const userStream = (userId: string) => `${TEST_APP}_${LEGACY_ROOM}_${userId}_main`;

interface Life {
  /** How this life's run of the local cloud ends: killed while it records, or while it finishes the previous run's files. */
  moment: "recording" | "finishing";
  killedAt?: number;
}

let dataDir = "";
let port = 0;
let rtmpPort = 0;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
const processes: LocalCloudProcess[] = [];
const seed = chaosSeed();

const start = async () => {
  const cloud = await startLocalCloudProcess({
    port,
    rtmpPort,
    dataDir,
    account: testAccount([legacyApp(TEST_APP), cloudApp(CLOUD_APP)]),
  });
  processes.push(cloud);
  return cloud;
};

const inbox = () => foldLikeTheConsoleInbox(receiver.received, { css: CSS_KEY, trtc: TRTC_KEY });
/** The VOD file an inbox event announces: CSS event 100 or TRTC 311. */
function fileIdOf(event: InboxEvent): string | undefined {
  if (event.family === "css") return event.body.event_type === 100 ? String(event.body.file_id) : undefined;
  const { eventType, payload } = taskEventOf(event);
  return eventType === 311 ? (payload.TencentVod as { FileId?: string } | undefined)?.FileId : undefined;
}

async function allMedia(): Promise<MediaInfo[]> {
  const { MediaInfoSet = [] } = await vodClient(port).SearchMedia({ SubAppId: TEST_VOD_APP, Limit: 5000 });
  return MediaInfoSet;
}

const streamOf = (media: MediaInfo) => media.BasicInfo?.SourceInfo?.LiveRecordInfo?.StreamId ?? "";
const timeOf = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);

/**
 * What is wrong now (empty when nothing is): every VOD file called back exactly once and every
 * announced file in VOD; each "recording" life's user recordings in VOD up to its kill, in every
 * format; the mix's and the task's files not finished early (they go on after each restart).
 */
async function problemsNow(lives: readonly Life[], isOver: boolean): Promise<string[]> {
  const media = await allMedia();
  const announced = inbox().flatMap((event) => {
    const fileId = fileIdOf(event);
    return fileId ? [fileId] : [];
  });
  const problems: string[] = [];
  for (const item of media) {
    const count = announced.filter((fileId) => fileId === item.FileId).length;
    if (count !== 1) problems.push(`${item.BasicInfo?.Name} (${item.FileId}) is called back ${count} times`);
    if (!((item.MetaData?.Duration ?? 0) > 0)) problems.push(`${item.BasicInfo?.Name} has no media`);
  }
  for (const fileId of new Set(announced))
    if (!media.some((item) => item.FileId === fileId)) problems.push(`file ${fileId} is called back but not in VOD`);
  for (const [index, life] of lives.entries()) {
    if (life.moment !== "recording" || life.killedAt === undefined) continue;
    const killedAt = life.killedAt;
    for (const { userId } of USERS)
      for (const type of CSS_TYPES) {
        const covered = media.some((item) => {
          const endMs = timeOf(item.BasicInfo?.SourceInfo?.LiveRecordInfo?.RecordEndTime);
          return (
            streamOf(item) === userStream(userId) &&
            item.BasicInfo?.Type === type &&
            endMs >= killedAt - FLUSH_TOLERANCE_MS &&
            endMs <= killedAt + 1_000
          );
        });
        if (!covered) problems.push(`life ${index}: ${userId}'s ${type} up to the kill is not in VOD`);
      }
  }
  if (!isOver) {
    const early = media.filter((item) => streamOf(item) === MIX_STREAM || item.BasicInfo?.SourceInfo?.TrtcRecordInfo);
    for (const item of early) problems.push(`${item.BasicInfo?.Name} was finished while its mix or task goes on`);
  }
  return problems;
}

async function untilSettled(lives: readonly Life[], isOver = false): Promise<void> {
  await eventually(
    async () => {
      const problems = await problemsNow(lives, isOver);
      if (problems.length > 0) throw new Error(problems.join("; "));
      return true;
    },
    "every file is in VOD and called back exactly once",
    { timeoutMs: 90_000, intervalMs: 500 },
  );
}

/** Run numbers each recording directory had: a recording that goes on gets a higher one. */
const latestRuns = (runs: readonly RunOnDisk[]) => {
  const latest = new Map<string, number>();
  for (const run of runs)
    latest.set(
      `${run.recordingDir} ${run.format}`,
      Math.max(latest.get(`${run.recordingDir} ${run.format}`) ?? 0, run.run),
    );
  return latest;
};

/**
 * Waits until everything records again: the four users' new recordings in every format have
 * media, the mix's and the task's recordings (after a restart) each have a new piece with media,
 * and the task says InProgress.
 */
async function untilEverythingRecords(before: ReadonlyMap<string, number>, taskId: string, isFirst: boolean) {
  await eventually(
    async () => {
      const runs = (await runsOnDisk(dataDir)).filter((run) => run.written > 0);
      const fresh = runs.filter((run) => !before.has(`${run.recordingDir} ${run.format}`));
      const resumed = runs.filter((run) => run.run > (before.get(`${run.recordingDir} ${run.format}`) ?? Infinity));
      const freshOf = (format: RunOnDisk["format"]) => fresh.filter((run) => run.format === format).length;
      // First life: users' 4 + the mix's 1 per format, the task's HLS and MP4. Later: users' anew, mix and task resumed.
      const isUsersRecording = isFirst
        ? freshOf("hls") >= 6 && freshOf("mp4") >= 6 && freshOf("flv") >= 5 && freshOf("aac") >= 5
        : ["hls", "mp4", "flv", "aac"].every((format) => freshOf(format as RunOnDisk["format"]) >= 4);
      if (isUsersRecording && (isFirst || resumed.length >= 6)) return true;
      const counts = ["hls", "mp4", "flv", "aac"].map(
        (format) => `${format} ${freshOf(format as RunOnDisk["format"])}`,
      );
      throw new Error(`new recordings with media: ${counts.join(", ")}; resumed: ${resumed.length}`);
    },
    "every recording has media again",
    { timeoutMs: 60_000, intervalMs: 500 },
  );
  const { Status } = await trtcClient(port).DescribeCloudRecording({ SdkAppId: CLOUD_APP, TaskId: taskId });
  expect(Status).toBe("InProgress");
}

/** Waits until `count` more MP4 fragments have been written, across every recording: about `count / 6` s. */
async function untilMoreFragments(count: number): Promise<void> {
  const total = async () =>
    (await runsOnDisk(dataDir)).filter((run) => run.format === "mp4").reduce((sum, run) => sum + run.written, 0);
  const from = await total();
  await eventually(async () => (await total()) >= from + count, `${count} more MP4 fragments are written`, {
    timeoutMs: 60_000,
    intervalMs: 250,
  });
}

beforeAll(async () => {
  dataDir = await makeDataDir();
  // Small pictures: four inputs mixed and 22 recordings on a busy two-core machine.
  await seedShortSamples(dataDir, { width: 160, height: 90 });
  [port, rtmpPort] = [await freePort(), await freePort()];
  receiver = await startCallbackReceiver();
});

afterAll(async () => {
  for (const cloud of processes) await cloud.kill("SIGKILL");
  for (const pid of dataDir ? await pidsMentioning(dataDir) : []) process.kill(pid, "SIGKILL");
  await receiver?.close();
  if (dataDir) await removeDataDir(dataDir);
});

async function setUpScene(cloud: LocalCloudProcess): Promise<string> {
  const url = `http://127.0.0.1:${port}`;
  await configureTrtcCallbacks({ url, controlSecret: cloud.controlSecret }, CLOUD_APP, {
    recording: { url: new URL("/trtc", receiver.url).href, key: TRTC_KEY },
  });
  const live = liveClient(port);
  const { TemplateId = 0 } = await live.CreateLiveRecordTemplate({
    TemplateName: "chaos",
    HlsParam: { Enable: 1 },
    Mp4Param: { Enable: 1, RecordInterval: 3600 },
    FlvParam: { Enable: 1, RecordInterval: 3600 },
    AacParam: { Enable: 1, RecordInterval: 3600 },
  });
  await live.CreateLiveRecordRule({ DomainName: TEST_PUSH_DOMAIN, AppName: `trtc_${TEST_APP}`, TemplateId });
  const callbacks = await live.CreateLiveCallbackTemplate({
    TemplateName: "chaos",
    RecordNotifyUrl: new URL("/css", receiver.url).href,
    RecordStatusNotifyUrl: new URL("/css-status", receiver.url).href,
    CallbackKey: CSS_KEY,
  });
  await live.CreateLiveCallbackRule({
    DomainName: TEST_PUSH_DOMAIN,
    AppName: `trtc_${TEST_APP}`,
    TemplateId: callbacks.TemplateId ?? 0,
  });
  const trtc = trtcClient(port);
  const ingest = (sdkAppId: number, roomId: string, user: { userId: string; sample: string }) =>
    trtc.StartStreamIngest({
      SdkAppId: sdkAppId,
      RoomId: roomId,
      RoomIdType: 1,
      UserId: user.userId,
      UserSig: "sig",
      StreamUrl: `${url}/_local/samples/${user.sample}.mp4`,
      RepeatNum: -1,
    });
  for (const user of USERS) await ingest(TEST_APP, LEGACY_ROOM, user);
  await ingest(CLOUD_APP, TASK_ROOM, TASK_USER);
  await trtc.StartMCUMixTranscode({
    SdkAppId: TEST_APP,
    RoomId: Number(LEGACY_ROOM),
    OutputParams: { StreamId: MIX_STREAM, RecordId: MIX_RECORD_ID },
    EncodeParams: {
      VideoWidth: 320,
      VideoHeight: 180,
      VideoBitrate: 200,
      VideoFramerate: 15,
      VideoGop: 1,
      AudioSampleRate: 48000,
      AudioBitrate: 64,
      AudioChannels: 2,
    },
    LayoutParams: { Template: 1 },
  });
  const { TaskId = "" } = await trtc.CreateCloudRecording({
    SdkAppId: CLOUD_APP,
    RoomId: TASK_ROOM,
    UserId: "chaos_bot",
    UserSig: "bot-sig",
    RecordParams: { RecordMode: 1, MaxIdleTime: 120 },
    StorageParams: { CloudVod: { TencentVod: { MediaType: 3 } } },
  });
  return TaskId;
}

/**
 * Kills the local cloud KILLS times, each at the moment the PRNG picks, and starts it again; after
 * each restart before a "recording" life, everything so far is settled. Returns the last run.
 */
async function killRepeatedly(
  first: LocalCloudProcess,
  taskId: string,
  random: ReturnType<typeof seededRandom>,
  lives: Life[],
): Promise<LocalCloudProcess> {
  let cloud = first;
  let before = new Map<string, number>();
  for (let kill = 0; kill <= KILLS; kill++) {
    const isLast = kill === KILLS;
    // The first life records (there is nothing to finish yet), and so does the last, which is stopped, not killed.
    const life: Life = { moment: kill === 0 || isLast || random.next() < 0.6 ? "recording" : "finishing" };
    lives.push(life);
    if (life.moment === "recording") {
      if (kill > 0) await untilSettled(lives);
      await untilEverythingRecords(before, taskId, kill === 0);
      if (isLast) return cloud;
      await untilMoreFragments(random.between(4, 16));
    } else {
      // Killed while it finalizes the previous run's files and delivers their callbacks.
      const deliveries = receiver.received.length + random.between(1, 12);
      await eventually(async () => receiver.received.length >= deliveries, "callbacks are being delivered", {
        timeoutMs: 60_000,
        intervalMs: 20,
      });
    }
    life.killedAt = Date.now();
    before = latestRuns(await runsOnDisk(dataDir));
    expect(await cloud.kill("SIGKILL")).toEqual({ code: null, signal: "SIGKILL" });
    await eventually(async () => (await pidsMentioning(dataDir)).length === 0, "the orphaned ffmpegs exit");
    cloud = await start();
  }
  return cloud;
}

/** What the HLS files that go on across restarts (the mix's, the task's) have listed so far, all pieces together. */
async function listedHlsSeconds(): Promise<number[]> {
  const hlsRuns = (await runsOnDisk(dataDir)).filter((run) => run.format === "hls");
  const goesOn = new Set(hlsRuns.filter((run) => run.run > 1).map((run) => run.recordingDir));
  const sums = new Map<string, number>();
  for (const run of hlsRuns.filter((entry) => goesOn.has(entry.recordingDir)))
    sums.set(run.recordingDir, (sums.get(run.recordingDir) ?? 0) + run.seconds);
  return [...sums.values()].sort((a, b) => a - b);
}

/** Stops the task, the mix and the rooms, and waits until every file is in VOD and called back. */
async function stopEverything(taskId: string): Promise<number> {
  const trtc = trtcClient(port);
  await trtc.DeleteCloudRecording({ SdkAppId: CLOUD_APP, TaskId: taskId });
  await trtc.StopMCUMixTranscode({ SdkAppId: TEST_APP, RoomId: Number(LEGACY_ROOM) });
  const stoppedAt = Date.now();
  await trtc.DismissRoom({ SdkAppId: TEST_APP, RoomId: Number(LEGACY_ROOM) });
  await trtc.DismissRoom({ SdkAppId: CLOUD_APP, RoomId: Number(TASK_ROOM) });
  await eventually(
    async () => {
      const media = await allMedia();
      const mixFiles = media.filter((item) => streamOf(item) === MIX_STREAM).length;
      return mixFiles >= CSS_TYPES.length && media.filter((item) => isTaskFile(item, taskId)).length >= 2;
    },
    "the mix's and the task's files are in VOD",
    { timeoutMs: 90_000, intervalMs: 500 },
  );
  await untilSettled([], true);
  await eventually(async () => {
    const response = await fetch(`http://127.0.0.1:${port}/_local/callbacks`);
    const { deliveries } = (await response.json()) as { deliveries: Array<{ status: string }> };
    return deliveries.every((delivery) => delivery.status === "delivered");
  }, "every callback is delivered");
  return stoppedAt;
}

const isTaskFile = (item: MediaInfo, taskId: string) => item.BasicInfo?.SourceInfo?.TrtcRecordInfo?.TaskId === taskId;

/** After a clean stop: no recording open, no task or mix left to resume, no callback undelivered. */
async function expectNothingLeft(): Promise<void> {
  const db = await PGlite.create(path.join(dataDir, "db"));
  try {
    const count = async (sql: string) => (await db.query<{ count: number }>(sql)).rows[0]?.count;
    expect(await count("select count(*)::int as count from recorder_recordings where state = 'open'")).toBe(0);
    expect(await count("select count(*)::int as count from trtc_cloud_recordings")).toBe(0);
    expect(await count("select count(*)::int as count from trtc_mcu_mixes")).toBe(0);
    expect(await count("select count(*)::int as count from callbacks_outbox where status <> 'delivered'")).toBe(0);
  } finally {
    await db.close();
  }
}

async function chaos(random: ReturnType<typeof seededRandom>, lives: Life[]): Promise<void> {
  const startedAt = Date.now();
  const first = await start();
  const taskId = await setUpScene(first);
  const last = await killRepeatedly(first, taskId, random, lives);
  const listedSeconds = await listedHlsSeconds();
  const stoppedAt = await stopEverything(taskId);

  const taskEvents = inbox()
    .filter((event) => event.family === "trtc")
    .map(taskEventOf);
  expect(taskEvents.map((event) => event.eventType)).toEqual([
    301,
    ...Array<number>(KILLS).fill(306),
    302,
    311,
    311,
    312,
  ]);
  expect(taskEvents.find((event) => event.eventType === 302)?.payload).toEqual({ LeaveCode: 0 });
  const media = await allMedia();
  const mixFiles = media.filter((item) => streamOf(item) === MIX_STREAM);
  const taskFiles = media.filter((item) => isTaskFile(item, taskId));
  // One file per format, however many times the local cloud died under them: every life's piece joined.
  expect(mixFiles.map((item) => item.BasicInfo?.Type).sort()).toEqual([...CSS_TYPES].sort());
  expect(taskFiles.map((item) => item.BasicInfo?.Type).sort()).toEqual(["m3u8", "mp4"]);
  // Each HLS file holds at least the segments its pieces had listed (sorted pairwise, so some matching does).
  const hlsSeconds = [...mixFiles, ...taskFiles]
    .filter((item) => item.BasicInfo?.Type === "m3u8")
    .map((item) => item.MetaData?.Duration ?? 0)
    .sort((a, b) => a - b);
  expect(listedSeconds).toHaveLength(2);
  for (const [index, listed] of listedSeconds.entries())
    expect(hlsSeconds[index], "an HLS file holds every life's listed segments").toBeGreaterThanOrEqual(listed - 0.5);
  for (const item of [...mixFiles, ...taskFiles])
    expect(item.MetaData?.Duration, `${item.BasicInfo?.Name} holds no media twice`).toBeLessThanOrEqual(
      (stoppedAt - startedAt) / 1000,
    );

  expect(await last.kill("SIGTERM")).toEqual({ code: 0, signal: null });
  await expectNothingLeft();
}

describe("chaos: kill -9 of the local cloud five times in a row while everything records", () => {
  it(
    `loses nothing flushed, calls back each file once, leaves nothing recording (seed ${seed})`,
    { timeout: 300_000 },
    async () => {
      const lives: Life[] = [];
      try {
        await chaos(seededRandom(seed), lives);
      } catch (error) {
        const lifeLog = lives.map((life, index) => `${index}:${life.moment}`).join(" ");
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`chaos seed ${seed} (replay: CHAOS_SEED=${seed}; lives ${lifeLog}): ${message}`, {
          cause: error,
        });
      }
    },
  );
});
