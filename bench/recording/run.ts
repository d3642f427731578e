/**
 * `npx tsx bench/recording/run.ts [streams] [seconds]`: N streams (4 by default) of a `seconds`
 * long clip (30 by default) pushed at once into a local cloud started as its own process, recorded
 * as HLS + MP4 by a record template and a global record rule made through the live SDK, with a
 * callback template pointing at a receiver here. Alongside, one bare ffmpeg per stream does the
 * same remux from the relay. Reports the CPU per stream of both (from /proc), their ratio, and the
 * time from the end of each stream to its event 100 callbacks.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startCallbackReceiver } from "../../local-cloud/test/helpers/callback-receiver";
import { bindCssRecordCallbacks, cssEventsAt } from "../../local-cloud/test/helpers/css-callbacks";
import { freePort } from "../../local-cloud/test/helpers/free-port";
import { seedShortSamples, startLocalCloudProcess } from "../../local-cloud/test/helpers/local-cloud-process";
import { startRtmpPush } from "../../local-cloud/test/helpers/rtmp-push";
import {
  liveClient,
  TEST_APP,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  vodClient,
} from "../../local-cloud/test/helpers/test-cloud";
import { formatTable, median, percentile } from "../shared/stats";
import { startBareRemux, type BareRemux } from "./bare-remux";
import { readProcStat, sampleChildren, type ChildProcessCpu } from "./proc-cpu";

const run = promisify(execFile);
const FFMPEG = process.env.FFMPEG_PATH ?? "ffmpeg";
const FFPROBE = process.env.FFPROBE_PATH ?? "ffprobe";
const APP_NAME = `trtc_${TEST_APP}`;
const DOMAIN = TEST_PUSH_DOMAIN;
const WAIT_MS = 120_000;

const DEFAULT_STREAMS = 4;
const DEFAULT_SECONDS = 30;

const positiveInteger = (raw: string | undefined, fallback: number) => {
  const value = Number(raw ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`expected a positive whole number, got ${raw}`);
  return value;
};

async function until<T>(check: () => T | undefined | false, what: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The published clip: 640×360 at 25 fps, H.264 with a 1 s GOP and AAC, like the sample clips. */
async function makeClip(file: string, seconds: number): Promise<void> {
  await run(FFMPEG, [
    ...["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", `testsrc2=size=640x360:rate=25:d=${seconds}`],
    ...["-f", "lavfi", "-i", `sine=frequency=440:sample_rate=48000:d=${seconds}`, "-c:v", "libx264"],
    ...["-preset", "veryfast", "-g", "25", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "128k", "-shortest", file],
  ]);
}

async function probeSeconds(file: string): Promise<number> {
  const { stdout } = await run(FFPROBE, ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", file]);
  return Number(stdout.trim());
}

interface StreamRun {
  streamId: string;
  endedAt: number;
  bare: BareRemux;
  bareCpuSeconds: number;
  bareMediaSeconds: number;
  recorderCpuSeconds: number;
  recorderMediaSeconds: number;
  callbackDelaysMs: Record<string, number>;
}

async function main(): Promise<void> {
  const streamCount = positiveInteger(process.argv[2], DEFAULT_STREAMS);
  const seconds = positiveInteger(process.argv[3], DEFAULT_SECONDS);
  const work = await mkdtemp(path.join(os.tmpdir(), "bench-recording-"));
  const dataDir = path.join(work, "cloud");
  await mkdir(dataDir);
  const clip = path.join(work, "clip.mp4");
  await makeClip(clip, seconds);
  await seedShortSamples(dataDir);
  const [port, rtmpPort] = [await freePort(), await freePort()];
  const receiver = await startCallbackReceiver();
  const cloud = await startLocalCloudProcess({ port, rtmpPort, dataDir });
  try {
    const live = liveClient(port);
    const { TemplateId = 0 } = await live.CreateLiveRecordTemplate({
      TemplateName: "bench",
      HlsParam: { Enable: 1 },
      Mp4Param: { Enable: 1, RecordInterval: 3600 },
    });
    await live.CreateLiveRecordRule({ DomainName: DOMAIN, AppName: APP_NAME, StreamName: "", TemplateId });
    await bindCssRecordCallbacks(live, {
      receiverUrl: receiver.url,
      domainName: DOMAIN,
      appName: APP_NAME,
      name: "bench",
      key: "bench",
    });

    const sampler = sampleChildren(cloud.pid);
    const before = await readProcStat(cloud.pid);
    const started = Date.now();
    const streams = await Promise.all(
      Array.from({ length: streamCount }, async (_, index) => {
        const streamId = `bench-${index + 1}`;
        const push = startRtmpPush(
          clip,
          `rtmp://127.0.0.1:${rtmpPort}/${APP_NAME}/${streamId}?roomid=77&userid=user${index + 1}`,
        );
        // The baseline starts pulling once the stream is being recorded, so both see the same stream.
        await until(
          () =>
            cssEventsAt(receiver.received, "/status").some(
              (event) => event.stream_id === streamId && event.record_event === "record_start_succeeded",
            ),
          `${streamId} is recorded`,
        );
        const bare = await startBareRemux(
          FFMPEG,
          `rtmp://127.0.0.1:${rtmpPort}/${APP_NAME}/${streamId}`,
          path.join(work, "bare", streamId),
        );
        const code = await push.exited;
        if (code !== 0) throw new Error(`the push of ${streamId} failed (${code})`);
        return { streamId, endedAt: Date.now(), bare };
      }),
    );
    await until(() => cssEventsAt(receiver.received, "/record").length >= 2 * streamCount, "every event 100 arrives");
    // The relay drops a stream's players when its publisher leaves: the baselines end by themselves.
    const bareDone = await Promise.all(
      streams.map(async ({ bare }) => {
        const timer = setTimeout(() => void bare.stop(), 15_000);
        const result = await bare.done;
        clearTimeout(timer);
        return result;
      }),
    );
    const after = await readProcStat(cloud.pid);
    const children = await sampler.stop();
    const wallSeconds = (Date.now() - started) / 1000;

    const vod = vodClient(port);
    const events = cssEventsAt(receiver.received, "/record");
    const arrivals = receiver.received.filter((entry) => entry.path === "/record");
    const runs: StreamRun[] = [];
    for (const [index, stream] of streams.entries()) {
      const own = events.flatMap((event, at) => (event.stream_id === stream.streamId ? [{ event, at }] : []));
      const callbackDelaysMs = Object.fromEntries(
        own.map(({ event, at }) => [String(event.file_format), (arrivals[at]?.receivedAt ?? 0) - stream.endedAt]),
      );
      const mp4FileId = own.find(({ event }) => event.file_format === "mp4")?.event.file_id;
      const described = await vod.DescribeMediaInfos({
        SubAppId: TEST_VOD_APP,
        FileIds: [typeof mp4FileId === "string" ? mp4FileId : ""],
      });
      runs.push({
        ...stream,
        bareCpuSeconds: bareDone[index]?.cpuSeconds ?? Number.NaN,
        bareMediaSeconds: await probeSeconds(stream.bare.mp4Path),
        recorderCpuSeconds: recorderCpuOf(children, stream.streamId),
        recorderMediaSeconds: described.MediaInfoSet?.[0]?.MetaData?.Duration ?? Number.NaN,
        callbackDelaysMs,
      });
      const done = bareDone[index];
      if (done?.code !== 0)
        console.warn(`The bare ffmpeg of ${stream.streamId} failed (${done?.code}): ${done?.stderr ?? ""}`);
    }
    report({ runs, children, seconds, wallSeconds, before, after, streamCount });
  } finally {
    await cloud.kill("SIGTERM");
    await receiver.close();
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The live recorder ffmpegs of a stream pull `…/<streamId>` from the relay, with a query
 * (`?preroll=1`) or without: however many there are per stream (one per format before the
 * recorder wrote every format from one process; one now, plus any output restarted alone).
 */
function recorderCpuOf(children: readonly ChildProcessCpu[], streamId: string): number {
  const source = new RegExp(`/${APP_NAME}/${streamId}[ ?]`);
  return children.filter((child) => source.test(child.command)).reduce((sum, child) => sum + child.cpuSeconds, 0);
}

function report(result: {
  runs: StreamRun[];
  children: ChildProcessCpu[];
  seconds: number;
  wallSeconds: number;
  before: Awaited<ReturnType<typeof readProcStat>>;
  after: Awaited<ReturnType<typeof readProcStat>>;
  streamCount: number;
}): void {
  const { runs, children, before, after, streamCount } = result;
  const ms = (cpuSeconds: number) => (cpuSeconds * 1000).toFixed(0);
  const percentOfCore = (cpuSeconds: number, mediaSeconds: number) => ((cpuSeconds / mediaSeconds) * 100).toFixed(2);
  console.log(
    `${streamCount} streams × ${result.seconds} s, HLS + MP4; ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}; ` +
      `run took ${result.wallSeconds.toFixed(1)} s; load average now ${os.loadavg()[0]?.toFixed(2)}\n`,
  );
  console.log(
    formatTable(
      ["stream", "recorder CPU ms", "recorded s", "% of a core", "bare CPU ms", "bare s", "% of a core", "ratio"],
      runs.map((run) => [
        run.streamId,
        ms(run.recorderCpuSeconds),
        run.recorderMediaSeconds.toFixed(2),
        percentOfCore(run.recorderCpuSeconds, run.recorderMediaSeconds),
        ms(run.bareCpuSeconds),
        run.bareMediaSeconds.toFixed(2),
        percentOfCore(run.bareCpuSeconds, run.bareMediaSeconds),
        (run.recorderCpuSeconds / run.bareCpuSeconds).toFixed(2),
      ]),
    ),
  );
  const recorder = runs.map((run) => run.recorderCpuSeconds / run.recorderMediaSeconds);
  const bare = runs.map((run) => run.bareCpuSeconds / run.bareMediaSeconds);
  const childrenTotal = (after?.childrenCpuSeconds ?? 0) - (before?.childrenCpuSeconds ?? 0);
  const live = runs.reduce((sum, run) => sum + run.recorderCpuSeconds, 0);
  const nodeCpu = (after?.cpuSeconds ?? 0) - (before?.cpuSeconds ?? 0);
  const mediaSeconds = runs.reduce((sum, run) => sum + run.recorderMediaSeconds, 0);
  console.log(`
CPU per second of media, median over streams:
  recorder (its live ffmpegs of the stream, /proc sampled every 200 ms)   ${(median(recorder) * 1000).toFixed(1)} ms/s
  bare ffmpeg (one process, both outputs, exact)                          ${(median(bare) * 1000).toFixed(1)} ms/s
  ratio recorder / bare                                                   ${(median(recorder) / median(bare)).toFixed(2)}
All the local cloud's children, exact (its cutime+cstime): ${ms(childrenTotal)} ms, of which the live recorders ${ms(live)} ms
  and finalizing (faststart remux, cover frame, ffprobe) ${ms(childrenTotal - live)} ms = ${ms((childrenTotal - live) / streamCount)} ms per stream;
  all-in recorder CPU per second of media ${((childrenTotal / mediaSeconds) * 1000).toFixed(1)} ms/s = ${(childrenTotal / mediaSeconds / median(bare)).toFixed(2)} × the bare ffmpeg.
The local cloud's own Node process (relay for ${streamCount} publishers and ${2 * streamCount} players: a recorder and a baseline each, API, outbox): ${ms(nodeCpu)} ms = ${(
    (nodeCpu / mediaSeconds) *
    1000
  ).toFixed(1)} ms per second of media (shared by recorders and baselines: both pull from it).
Sampled children: ${children.length} processes.`);

  const delays = (format?: string) =>
    runs.flatMap((run) =>
      Object.entries(run.callbackDelaysMs)
        .filter(([kind]) => !format || kind === format)
        .map(([, delay]) => delay),
    );
  console.log(
    "\nEnd of a stream (its publisher's ffmpeg exits) → its event 100 callback arrives:\n" +
      formatTable(
        ["file", "n", "median ms", "p95 ms", "max ms"],
        [undefined, "hls", "mp4"].map((format) => {
          const values = delays(format);
          return [
            format ?? "both",
            String(values.length),
            median(values).toFixed(0),
            percentile(values, 0.95).toFixed(0),
            Math.max(...values).toFixed(0),
          ];
        }),
      ),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
