import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MediaInfo } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCallbackReceiver } from "./helpers/callback-receiver";
import { cssEventsAt, isSignedWith } from "./helpers/css-callbacks";
import { decodedSeconds } from "./helpers/decode-media";
import { eventually } from "./helpers/eventually";
import { freePort } from "./helpers/free-port";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import {
  pidsMentioning,
  seedShortSamples,
  startLocalCloudProcess,
  type LocalCloudProcess,
} from "./helpers/local-cloud-process";
import {
  liveClient,
  makeDataDir,
  removeDataDir,
  TEST_APP,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  vodClient,
} from "./helpers/test-cloud";

/*
 * A real crash: the local cloud runs as its own process, gets SIGKILL while it records, and is
 * started again on the same data directory. What it had recorded must come out as playable VOD
 * media with their event 100 callbacks.
 */

const DOMAIN = TEST_PUSH_DOMAIN;
const APP_NAME = `trtc_${TEST_APP}`;
const STREAM_ID = `${TEST_APP}_950_kim_main`;
const CALLBACK_KEY = "kill-9-key";
const FORMATS = ["aac", "flv", "m3u8", "mp4"];
/** Recorded before the kill: HLS segments are 2 s, so this is a few finished segments and a partial one. */
const RECORD_BEFORE_KILL_SECONDS = 5;

interface Delivery {
  eventKey: string;
  status: string;
  body: Record<string, unknown>;
}

let dataDir = "";
let port = 0;
let rtmpPort = 0;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
const processes: LocalCloudProcess[] = [];

const start = async () => {
  const cloud = await startLocalCloudProcess({ port, rtmpPort, dataDir });
  processes.push(cloud);
  return cloud;
};

/** Seconds of media in each format's working file, read from the disk as the recorder writes it. */
async function recordedSoFar(): Promise<{
  hlsSegments: number;
  mp4Fragments: number;
  flvBytes: number;
  aacBytes: number;
}> {
  const root = path.join(dataDir, "recordings");
  const counts = { hlsSegments: 0, mp4Fragments: 0, flvBytes: 0, aacBytes: 0 };
  for (const id of await readdir(root).catch(() => [])) {
    const dir = path.join(root, id);
    const playlist = await readFile(path.join(dir, "hls", "index-1.m3u8"), "utf8").catch(() => "");
    counts.hlsSegments += playlist.match(/#EXTINF/g)?.length ?? 0;
    // The other formats: the first file (segment) of the recording's first run.
    const firstFile = (extension: string) =>
      readFile(path.join(dir, "run-1", `seg-00000.${extension}`)).catch(() => Buffer.alloc(0));
    counts.mp4Fragments += (await firstFile("mp4")).toString("latin1").match(/moof/g)?.length ?? 0;
    counts.flvBytes += (await firstFile("flv")).length;
    counts.aacBytes += (await firstFile("aac")).length;
  }
  return counts;
}

beforeAll(async () => {
  dataDir = await makeDataDir();
  await seedShortSamples(dataDir);
  [port, rtmpPort] = [await freePort(), await freePort()];
  receiver = await startCallbackReceiver();
});

afterAll(async () => {
  await stopAllLavfiPushes();
  for (const cloud of processes) await cloud.kill("SIGTERM");
  // Whatever a killed local cloud left running in its directory does not outlive the test.
  for (const pid of dataDir ? await pidsMentioning(dataDir) : []) process.kill(pid, "SIGKILL");
  await receiver?.close();
  if (dataDir) await removeDataDir(dataDir);
});

describe("kill -9 of the local cloud during a recording", () => {
  it("finalizes what was recorded into playable VOD media and delivers its callbacks after a restart", async () => {
    const first = await start();
    const live = liveClient(port);
    const { TemplateId = 0 } = await live.CreateLiveRecordTemplate({
      TemplateName: "crash",
      HlsParam: { Enable: 1 },
      Mp4Param: { Enable: 1, RecordInterval: 3600 },
      FlvParam: { Enable: 1, RecordInterval: 3600 },
      AacParam: { Enable: 1, RecordInterval: 3600 },
    });
    await live.CreateLiveRecordRule({ DomainName: DOMAIN, AppName: APP_NAME, TemplateId });
    const callbacks = await live.CreateLiveCallbackTemplate({
      TemplateName: "crash",
      RecordNotifyUrl: new URL("/record", receiver.url).href,
      RecordStatusNotifyUrl: new URL("/status", receiver.url).href,
      CallbackKey: CALLBACK_KEY,
    });
    await live.CreateLiveCallbackRule({ DomainName: DOMAIN, AppName: APP_NAME, TemplateId: callbacks.TemplateId ?? 0 });

    const push = startLavfiPush(`rtmp://127.0.0.1:${rtmpPort}/${APP_NAME}/${STREAM_ID}?roomid=950&userid=kim`, 120);
    await eventually(
      async () =>
        cssEventsAt(receiver.received, "/status").some((event) => event.record_event === "record_start_succeeded"),
      "the recording starts",
    );
    await eventually(async () => {
      const soFar = await recordedSoFar();
      return (
        soFar.hlsSegments >= Math.floor(RECORD_BEFORE_KILL_SECONDS / 2) &&
        soFar.mp4Fragments > 0 &&
        soFar.flvBytes > 0 &&
        soFar.aacBytes > 0
      );
    }, `every format has recorded about ${RECORD_BEFORE_KILL_SECONDS} s`);

    expect(await first.kill("SIGKILL")).toEqual({ code: null, signal: "SIGKILL" });
    // The publisher loses its server; the recorder ffmpegs it had started lose their source and end.
    expect(await push.exited).not.toBe(0);
    await eventually(async () => (await pidsMentioning(dataDir)).length === 0, "the orphaned recorder ffmpegs exit");
    expect(cssEventsAt(receiver.received, "/record")).toEqual([]);

    await start();
    const vod = vodClient(port);
    const media = await eventually(
      async () => {
        const found =
          (await vod.SearchMedia({ SubAppId: TEST_VOD_APP, StreamIds: [STREAM_ID], Limit: 10 })).MediaInfoSet ?? [];
        return found.length === FORMATS.length && found;
      },
      "every format's recording is in VOD after the restart",
      { timeoutMs: 60_000 },
    );
    expect(media.map((item: MediaInfo) => item.BasicInfo?.Type).sort()).toEqual(FORMATS);
    for (const item of media) {
      const label = item.BasicInfo?.Type ?? "";
      expect(item.MetaData?.Duration, label).toBeGreaterThan(0);
      // Played to the end: at least the segments finished before the kill (HLS loses at most the partial one).
      expect(await decodedSeconds(item.BasicInfo?.MediaUrl ?? ""), label).toBeGreaterThan(
        RECORD_BEFORE_KILL_SECONDS - 2.5,
      );
    }

    const events = await eventually(async () => {
      const received = cssEventsAt(receiver.received, "/record");
      return received.length === FORMATS.length && received;
    }, "an event 100 per recovered file reaches the receiver");
    expect(new Set(events.map((event) => event.file_id))).toEqual(new Set(media.map((item) => item.FileId)));
    for (const event of events) {
      expect(isSignedWith(event, CALLBACK_KEY)).toBe(true);
      expect(event.video_url).toBe(media.find((item) => item.FileId === event.file_id)?.BasicInfo?.MediaUrl);
    }
    const listed = await eventually(async () => {
      const { deliveries } = (await (await fetch(`http://127.0.0.1:${port}/_local/callbacks`)).json()) as {
        deliveries: Delivery[];
      };
      const fileDeliveries = deliveries.filter((delivery) => delivery.body.event_type === 100);
      return fileDeliveries.every((delivery) => delivery.status === "delivered") && fileDeliveries;
    }, "the outbox lists the deliveries as delivered");
    expect(listed).toHaveLength(FORMATS.length);
  });
});
