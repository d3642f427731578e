import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormatSettings, RecordingConfig } from "../src/recording/contracts";
import { segmentFile } from "../src/media/recorder/segmented-run";
import { decodedSeconds } from "./helpers/decode-media";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import { startRecorderHarness, type RecorderHarness } from "./helpers/recorder-harness";

const settings = (recordIntervalSeconds: number): FormatSettings => ({
  recordIntervalSeconds,
  storageTimeSeconds: 0,
  vodSubAppId: null,
  vodFileName: null,
});

let env: RecorderHarness;

beforeAll(async () => {
  env = await startRecorderHarness();
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.close();
});

const mediaOf = (streamId: string, format: string) =>
  env.media
    .of(streamId)
    .filter((media) => media.recording.format === format)
    .sort((a, b) => a.recording.startTime - b.recording.startTime);

/** The MP4 file the recorder writes now for `streamId`, once it exists, and not `other`. */
function writtenMp4(streamId: string, other?: string): Promise<string> {
  return eventually(async () => {
    const active = env.recorder
      .activeRecordings()
      .find((entry) => entry.streamKey.endsWith(`/${streamId}`) && entry.format === "mp4");
    const file = active?.file;
    return file && file !== other && (await stat(file).catch(() => undefined)) ? file : undefined;
  }, `${streamId} writes an MP4 file`);
}

/** Takes the place of the next file the MP4 output of `file` cuts (a directory there: opening it fails). */
const blockNextFile = (file: string) => mkdir(segmentFile(path.dirname(file), "mp4", 1));

const config = (): RecordingConfig => ({
  templateId: 12,
  formats: { mp4: settings(4), flv: settings(60), hls: settings(60) },
  resumeWindowSeconds: 0,
});

async function publishAndEnd(streamId: string, roomId: number, seconds: number, whileLive: () => Promise<void>) {
  env.config.configs.set(streamId, config());
  const push = startLavfiPush(env.pushUrl(streamId, `roomid=${roomId}&userid=ivo`), seconds);
  await whileLive();
  expect(await push.exited).toBe(0);
  await eventually(
    async () => env.callbacks.statusEvents(streamId).includes("record_ended") || undefined,
    "the recording ends",
  );
  await env.recorder.idle();
}

/** Each of FLV and HLS is one file of the whole publish: they never stopped. */
function expectWholePublish(streamId: string, seconds: number) {
  for (const format of ["flv", "hls"]) {
    const [file, ...more] = mediaOf(streamId, format);
    expect(more, format).toEqual([]);
    expect(Math.abs((file?.durationSeconds ?? 0) - seconds), format).toBeLessThan(1.2);
  }
}

describe("a format whose output fails", () => {
  it("is restarted alone while the stream's other formats go on recording into their files", async () => {
    const publishSeconds = 10;
    await publishAndEnd("broken-mp4", 840, publishSeconds, async () => blockNextFile(await writtenMp4("broken-mp4")));

    const error = env.callbacks.deliveries.find(
      (delivery) => delivery.body.stream_id === "broken-mp4" && delivery.body.record_event === "record_error",
    );
    expect(String(error?.body.record_detail)).toMatch(/^mp4: /);
    expect(env.callbacks.statusEvents("broken-mp4")).toEqual([
      "record_start_succeeded",
      "record_error",
      "record_ended",
    ]);
    expectWholePublish("broken-mp4", publishSeconds);
    // MP4 went on after its restart: the first file (full at its failure), then the rest of the
    // publish, split at 4 s again, short of what the publish sent while the restart connected.
    const parts = mediaOf("broken-mp4", "mp4");
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const played: number[] = [];
    for (const part of parts) played.push(await decodedSeconds(part.recording.path));
    expect(played[0]).toBeGreaterThanOrEqual(3.9);
    const afterRestart = played.slice(1).reduce((sum, seconds) => sum + seconds, 0);
    expect(afterRestart).toBeGreaterThan(3);
    expect(afterRestart).toBeLessThan(publishSeconds - 3.9 + 0.2);
    for (const [index, part] of parts.slice(1).entries()) {
      expect(part.recording.startTime).toBeGreaterThanOrEqual(parts[index]?.recording.endTime ?? Infinity);
    }
  });

  it("ends its file with record_error when it fails again after its restart, the others going on", async () => {
    const publishSeconds = 14;
    await publishAndEnd("twice-broken", 841, publishSeconds, async () => {
      const first = await writtenMp4("twice-broken");
      await blockNextFile(first);
      // The restarted MP4 output writes a file of its own (the first was full): it fails at its split too.
      await blockNextFile(await writtenMp4("twice-broken", first));
    });

    expect(env.callbacks.statusEvents("twice-broken")).toEqual([
      "record_start_succeeded",
      "record_error",
      "record_error",
      "record_ended",
    ]);
    expectWholePublish("twice-broken", publishSeconds);
    // The MP4 files: the one full at the first failure, and the restarted output's, also full at its failure.
    const parts = mediaOf("twice-broken", "mp4");
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(await decodedSeconds(part.recording.path)).toBeGreaterThanOrEqual(3.9);
  });
});
