/**
 * `npx tsx bench/recording/relayout-stop.ts [rooms=4]`: in a local cloud started as its own
 * process, one participant per room and an MCU mix of each room recorded as MP4 (by RecordId);
 * half of the mixes are re-laid out once (StartMCUMixTranscode again with another layout) and the
 * others are not, then, 5 s later, all are stopped at once with StopMCUMixTranscode. Reports, side by side,
 * the time from each stop to the mix's event 100: a stop after a re-layout against a plain stop.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { CHOSEN_USERS_STREAM_NAME } from "../../local-cloud/src/recording/contracts";
import { startCallbackReceiver } from "../../local-cloud/test/helpers/callback-receiver";
import { bindCssRecordCallbacks, cssEventsAt } from "../../local-cloud/test/helpers/css-callbacks";
import { freePort } from "../../local-cloud/test/helpers/free-port";
import { seedShortSamples, startLocalCloudProcess } from "../../local-cloud/test/helpers/local-cloud-process";
import { startRtmpPush, stopAllPushes } from "../../local-cloud/test/helpers/rtmp-push";
import { liveClient, TEST_APP, TEST_PUSH_DOMAIN, trtcClient } from "../../local-cloud/test/helpers/test-cloud";
import { formatTable, median, percentile } from "../shared/stats";

const run = promisify(execFile);
const FFMPEG = process.env.FFMPEG_PATH ?? "ffmpeg";
const APP_NAME = `trtc_${TEST_APP}`;
const WAIT_MS = 60_000;
const RECORD_MS = 5000;

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A participant's clip: 320×180 at 15 fps, H.264 with a 1 s GOP and AAC. */
async function makeClip(file: string): Promise<void> {
  await run(FFMPEG, [
    ...["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=15:d=20"],
    ...["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:d=20", "-c:v", "libx264", "-preset", "veryfast"],
    ...["-g", "15", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", file],
  ]);
}

async function main(): Promise<void> {
  const roomCount = Number(process.argv[2] ?? 4);
  if (!Number.isInteger(roomCount) || roomCount < 2) throw new Error("rooms must be a whole number ≥ 2");
  const work = await mkdtemp(path.join(os.tmpdir(), "bench-relayout-"));
  const dataDir = path.join(work, "cloud");
  await mkdir(dataDir);
  await seedShortSamples(dataDir);
  const clip = path.join(work, "clip.mp4");
  await makeClip(clip);
  const [port, rtmpPort] = [await freePort(), await freePort()];
  const receiver = await startCallbackReceiver();
  const cloud = await startLocalCloudProcess({ port, rtmpPort, dataDir });
  try {
    const live = liveClient(port);
    const { TemplateId = 0 } = await live.CreateLiveRecordTemplate({
      TemplateName: "mixes",
      Mp4Param: { Enable: 1, RecordInterval: 3600 },
    });
    // Only streams with a RecordId (the mixes) are recorded, not the participants'.
    await live.CreateLiveRecordRule({
      DomainName: TEST_PUSH_DOMAIN,
      AppName: APP_NAME,
      StreamName: CHOSEN_USERS_STREAM_NAME,
      TemplateId,
    });
    await bindCssRecordCallbacks(live, {
      receiverUrl: receiver.url,
      domainName: TEST_PUSH_DOMAIN,
      appName: APP_NAME,
      name: "bench",
      key: "bench",
    });
    const trtc = trtcClient(port);
    const hasStatus = (streamId: string, event: string) =>
      cssEventsAt(receiver.received, "/status").some(
        (status) => status.stream_id === streamId && status.record_event === event,
      );
    const rooms = Array.from({ length: roomCount }, (_, index) => ({
      room: 900 + index,
      streamId: `bench_mix_${index + 1}`,
      isRelaidOut: index % 2 === 1,
    }));
    const start = (room: number, streamId: string, template: number) =>
      trtc.StartMCUMixTranscode({
        SdkAppId: TEST_APP,
        RoomId: room,
        OutputParams: { StreamId: streamId, RecordId: streamId },
        EncodeParams: {
          ...{ AudioSampleRate: 48000, AudioBitrate: 64, AudioChannels: 2 },
          ...{ VideoWidth: 320, VideoHeight: 180, VideoBitrate: 300, VideoFramerate: 15, VideoGop: 2 },
        },
        LayoutParams: { Template: template },
      });
    await Promise.all(
      rooms.map(async ({ room, streamId, isRelaidOut }) => {
        const userId = `user${room}`;
        startRtmpPush(clip, `rtmp://127.0.0.1:${rtmpPort}/${APP_NAME}/${userId}?roomid=${room}&userid=${userId}`, {
          loop: true,
        });
        // The participant is in the room once its stream flows through the relay.
        await run(FFMPEG, [
          ...[
            "-hide_banner",
            "-loglevel",
            "error",
            "-nostdin",
            "-i",
            `rtmp://127.0.0.1:${rtmpPort}/${APP_NAME}/${userId}`,
          ],
          ...["-t", "1", "-f", "null", "-"],
        ]);
        await start(room, streamId, 1);
        await until(() => hasStatus(streamId, "record_start_succeeded"), `${streamId} is recorded`);
        if (!isRelaidOut) return;
        await start(room, streamId, 2);
        await until(() => hasStatus(streamId, "record_resumed"), `${streamId} goes on after its re-layout`);
      }),
    );
    // What each mix records before it is stopped: a mix stopped at once may not have a frame in its file yet.
    await new Promise((resolve) => setTimeout(resolve, RECORD_MS));
    const stoppedAt = new Map<string, number>();
    await Promise.all(
      rooms.map(async ({ room, streamId }) => {
        stoppedAt.set(streamId, Date.now());
        await trtc.StopMCUMixTranscode({ SdkAppId: TEST_APP, RoomId: room });
      }),
    );
    const fileOf = (streamId: string) =>
      receiver.received.find(
        (entry) => entry.path === "/record" && cssEventsAt([entry], "/record")[0]?.stream_id === streamId,
      );
    await until(() => rooms.every(({ streamId }) => fileOf(streamId)), "every mix's event 100 arrives").catch(
      (error: unknown) => {
        const seen = cssEventsAt(receiver.received, "/status").map(
          (event) => `${String(event.stream_id)} ${String(event.record_event)}`,
        );
        console.error(
          `status events: ${seen.join(", ")}; ${cssEventsAt(receiver.received, "/record").length} event 100`,
        );
        throw error;
      },
    );
    const delays = (isRelaidOut: boolean) =>
      rooms
        .filter((room) => room.isRelaidOut === isRelaidOut)
        .map(({ streamId }) => (fileOf(streamId)?.receivedAt ?? Number.NaN) - (stoppedAt.get(streamId) ?? 0));
    console.log(
      `${roomCount} mixes (320×180, MP4), half re-laid out once, all stopped at once; ${os.cpus().length} cores; ` +
        `load average ${os
          .loadavg()
          .map((value) => value.toFixed(2))
          .join(" ")}\n`,
    );
    console.log(
      "StopMCUMixTranscode → the mix's event 100 arrives:\n" +
        formatTable(
          ["stop", "n", "median ms", "p95 ms", "max ms"],
          [false, true].map((isRelaidOut) => {
            const values = delays(isRelaidOut);
            return [
              isRelaidOut ? "after a re-layout" : "plain (baseline)",
              String(values.length),
              median(values).toFixed(0),
              percentile(values, 0.95).toFixed(0),
              Math.max(...values).toFixed(0),
            ];
          }),
        ),
    );
  } finally {
    await stopAllPushes();
    await cloud.kill("SIGTERM");
    await receiver.close();
    await rm(work, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
