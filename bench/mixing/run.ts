/**
 * `npx tsx bench/mixing/run.ts [seconds]`: four 720p participants in one room of a local cloud
 * started as its own process; for the grid and the floating template, StartMCUMixTranscode mixes
 * them at 1280x720 15 fps for `seconds` (15 by default) while a reader takes the mixed stream from
 * the relay; then a bare ffmpeg runs the very same filter graph and encoding on the same inputs for
 * as long. Reports each one's speed (frames made per second against the 15 asked for) and CPU.
 */
import { execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { computeMcuPicture } from "@shared/layouts/compute-layout";
import type { LayoutTemplate } from "@shared/layouts/types";
import { buildMixArgs, type MixEncoding } from "../../local-cloud/src/media/mixer/mix-graph";
import { freePort } from "../../local-cloud/test/helpers/free-port";
import { seedShortSamples, startLocalCloudProcess } from "../../local-cloud/test/helpers/local-cloud-process";
import { startRtmpPush, stopAllPushes } from "../../local-cloud/test/helpers/rtmp-push";
import { TEST_APP, trtcClient } from "../../local-cloud/test/helpers/test-cloud";
import { readProcStat } from "../recording/proc-cpu";
import { formatTable } from "../shared/stats";

const run = promisify(execFile);
const FFMPEG = process.env.FFMPEG_PATH ?? "ffmpeg";
const ROOM = 88;
const USERS = ["u1", "u2", "u3", "u4"] as const;
const COLORS = ["red", "green", "blue", "yellow"];
const ENCODING: MixEncoding = {
  width: 1280,
  height: 720,
  fps: 15,
  videoKbps: 1560,
  gopSeconds: 3,
  audioSampleRate: 48000,
  audioKbps: 64,
  audioChannels: 2,
  backgroundColor: 0,
  isAudioOnly: false,
  showPlaceholders: false,
};
const LAYOUTS: Array<{ name: string; template: LayoutTemplate }> = [
  { name: "grid", template: 1 },
  { name: "floating", template: 0 },
];

/** A 720p clip of one colour with a moving test pattern's cost: H.264, 1 s GOP, AAC. */
async function makeClip(file: string, color: string, seconds: number): Promise<void> {
  await run(FFMPEG, [
    ...["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi"],
    ...["-i", `color=c=${color}:s=1280x720:r=25:d=${seconds},drawtext=text='%{pts\\:hms}':fontsize=96:x=40:y=40`],
    ...["-f", "lavfi", "-i", `sine=frequency=440:sample_rate=48000:d=${seconds}`, "-c:v", "libx264"],
    ...["-preset", "veryfast", "-g", "25", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", file],
  ]);
}

/** Frames of a live stream read for `seconds`, and the wall time it took: its real frame rate. */
async function readFrames(url: string, seconds: number): Promise<{ frames: number; wallSeconds: number }> {
  const started = Date.now();
  const { stdout } = await run(FFMPEG, [
    ...["-hide_banner", "-loglevel", "error", "-nostdin", "-i", url, "-t", String(seconds)],
    ...["-progress", "pipe:1", "-f", "null", "-"],
  ]);
  const frames = Number([...stdout.matchAll(/^frame=(\d+)$/gm)].at(-1)?.[1] ?? 0);
  return { frames, wallSeconds: (Date.now() - started) / 1000 };
}

/** The local cloud's mixer ffmpeg: its child whose output URL carries the mixer's token. */
async function mixerPid(cloudPid: number): Promise<number> {
  for (const entry of await readdir("/proc")) {
    const pid = Number(entry);
    const stat = Number.isInteger(pid) ? await readProcStat(pid) : null;
    if (!stat || stat.ppid !== cloudPid) continue;
    const command = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (command.includes("localmix=")) return pid;
  }
  throw new Error("no mixer ffmpeg found");
}

/** The same graph as the mixer's, written to nowhere, under a shell that reports its exact CPU time. */
async function bareMix(
  args: string[],
  seconds: number,
): Promise<{ cpuSeconds: number; wallSeconds: number; speed: number }> {
  const output = args.lastIndexOf("-f");
  const graph = [...args.slice(0, output), "-t", String(seconds), "-progress", "pipe:1", "-f", "null", "-"];
  const script = '"$0" "$@"; read -r stat < /proc/$$/stat; echo "STAT $stat"';
  const started = Date.now();
  const shell = spawn("sh", ["-c", script, FFMPEG, ...graph], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  shell.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  await new Promise((resolve) => shell.once("close", resolve));
  const statLine = /STAT (.*)$/m.exec(stdout)?.[1] ?? "";
  const fields = statLine.slice(statLine.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[13] ?? 0) + Number(fields[14] ?? 0);
  const clock = Number((await run("getconf", ["CLK_TCK"])).stdout.trim()) || 100;
  return {
    cpuSeconds: ticks / clock,
    wallSeconds: (Date.now() - started) / 1000,
    // ffmpeg's own speed (media time made ÷ wall time since its start): its input setup excluded.
    speed: Number([...stdout.matchAll(/^speed=\s*([\d.]+)x$/gm)].at(-1)?.[1] ?? Number.NaN),
  };
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 15);
  if (!Number.isInteger(seconds) || seconds < 5) throw new Error("seconds must be a whole number ≥ 5");
  const work = await mkdtemp(path.join(os.tmpdir(), "bench-mixing-"));
  const dataDir = path.join(work, "cloud");
  await mkdir(dataDir);
  await seedShortSamples(dataDir);
  const clips = await Promise.all(
    COLORS.map(async (color) => {
      const file = path.join(work, `${color}.mp4`);
      await makeClip(file, color, 20);
      return file;
    }),
  );
  const [port, rtmpPort] = [await freePort(), await freePort()];
  const cloud = await startLocalCloudProcess({ port, rtmpPort, dataDir });
  const relay = `rtmp://127.0.0.1:${rtmpPort}/trtc_${TEST_APP}`;
  const rows: string[][] = [];
  try {
    USERS.forEach((userId, index) =>
      startRtmpPush(clips[index] ?? "", `${relay}/${userId}?roomid=${ROOM}&userid=${userId}`, { loop: true }),
    );
    // Each participant's stream flows before the mix reads it.
    for (const userId of USERS) await readFrames(`${relay}/${userId}`, 1);
    const trtc = trtcClient(port);
    for (const layout of LAYOUTS) {
      const streamId = `bench_${layout.name}`;
      await trtc.StartMCUMixTranscode({
        SdkAppId: TEST_APP,
        RoomId: ROOM,
        OutputParams: { StreamId: streamId },
        EncodeParams: {
          VideoWidth: ENCODING.width,
          VideoHeight: ENCODING.height,
          VideoBitrate: ENCODING.videoKbps,
          VideoFramerate: ENCODING.fps,
          VideoGop: ENCODING.gopSeconds,
          AudioSampleRate: ENCODING.audioSampleRate,
          AudioBitrate: ENCODING.audioKbps,
          AudioChannels: ENCODING.audioChannels,
        },
        LayoutParams: { Template: layout.template, MainVideoUserId: "u1" },
      });
      const pid = await mixerPid(cloud.pid);
      const before = await readProcStat(pid);
      const mixed = await readFrames(`${relay}/${streamId}`, seconds);
      const after = await readProcStat(pid);
      await trtc.StopMCUMixTranscode({ SdkAppId: TEST_APP, RoomId: ROOM });
      const mixerCpu = (after?.cpuSeconds ?? 0) - (before?.cpuSeconds ?? 0);

      const picture = computeMcuPicture(
        USERS.map((userId) => ({ userId, streamType: 0, hasVideo: true })),
        { template: layout.template, canvas: { width: ENCODING.width, height: ENCODING.height }, mainUserId: "u1" },
      );
      const args = buildMixArgs({
        inputs: USERS.map((userId) => ({
          key: `${userId}/0`,
          url: `${relay}/${userId}`,
          hasVideo: true,
          hasAudio: true,
        })),
        picture,
        encoding: ENCODING,
        outputUrl: "unused",
      });
      const bare = await bareMix(args, seconds);
      const percent = (cpu: number, wall: number) => `${((cpu / wall) * 100).toFixed(0)} %`;
      const speed = (frames: number, wall: number) => (frames / wall / ENCODING.fps).toFixed(2);
      rows.push([
        layout.name,
        speed(mixed.frames, mixed.wallSeconds),
        percent(mixerCpu, mixed.wallSeconds),
        bare.speed.toFixed(2),
        percent(bare.cpuSeconds, bare.wallSeconds),
        (mixerCpu / mixed.wallSeconds / (bare.cpuSeconds / bare.wallSeconds)).toFixed(2),
      ]);
    }
  } finally {
    await stopAllPushes();
    await cloud.kill("SIGTERM");
    await rm(work, { recursive: true, force: true });
  }
  console.log(
    `4 × 720p inputs → 1280x720 ${ENCODING.fps} fps ${ENCODING.videoKbps} kbps, ${seconds} s per layout; ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}; load average ${os.loadavg()[0]?.toFixed(2)}\n`,
  );
  console.log(
    formatTable(["layout", "mixer speed", "mixer CPU (of a core)", "bare speed", "bare CPU", "mixer / bare CPU"], rows),
  );
  console.log(
    "\nspeed = frames made per wall second ÷ the 15 asked for (1.00 keeps up); the mixer's frames are counted by a reader of its\n" +
      "stream in the relay, its CPU read from /proc over that time; the bare ffmpeg runs the same graph to a null output.",
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
