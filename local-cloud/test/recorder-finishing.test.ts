import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormatSettings, RecordingConfig } from "../src/recording/contracts";
import { describeMedia } from "../src/services/vod/models/media-metadata";
import { sizeOf } from "../src/services/vod/models/move-into";
import { probeMetadata } from "../src/services/vod/models/probe-metadata";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import { RECORDER_TEST_APP, startRecorderHarness, type RecorderHarness } from "./helpers/recorder-harness";

/*
 * What finishing makes of a recording: an MP4 a browser can start playing from its first bytes
 * (its index up front), a cover that is a decoded frame, and VOD's MetaData of an AAC file read
 * from its frames as ffprobe would state it.
 */

const run = promisify(execFile);
const FFPROBE = process.env.FFPROBE_PATH ?? "ffprobe";
const PUBLISH_SECONDS = 6;
const STREAM = `${RECORDER_TEST_APP}_901_fay_main`;
const settings: FormatSettings = {
  recordIntervalSeconds: 3600,
  storageTimeSeconds: 0,
  vodSubAppId: null,
  vodFileName: null,
};
const config: RecordingConfig = {
  templateId: 7,
  formats: { mp4: settings, hls: settings, aac: settings },
  resumeWindowSeconds: 0,
};

async function ffprobeJson(args: string[]): Promise<unknown> {
  const { stdout } = await run(FFPROBE, ["-v", "error", "-of", "json", ...args]);
  return JSON.parse(stdout);
}

let env: RecorderHarness;
const finished = (format: string) => {
  const file = env.media.of(STREAM).find((media) => media.recording.format === format);
  if (!file) throw new Error(`no ${format} file was finished`);
  return file.recording;
};
const inputOf = (recording: { format: string; path: string }) =>
  recording.format === "hls" ? path.join(recording.path, "index.m3u8") : recording.path;

beforeAll(async () => {
  env = await startRecorderHarness();
  env.config.configs.set(STREAM, config);
  const push = startLavfiPush(env.pushUrl(STREAM, "roomid=901&userid=fay"), PUBLISH_SECONDS);
  expect(await push.exited).toBe(0);
  await eventually(async () => env.media.of(STREAM).length >= 3 || undefined, "three files reach VOD", {
    timeoutMs: 60_000,
  });
  await env.recorder.idle();
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.close();
});

describe("a finished MP4", () => {
  it("has its index (moov) before its media, in one piece (not fragmented)", async () => {
    const file = await readFile(finished("mp4").path);
    expect(file.toString("latin1", 4, 8)).toBe("ftyp");
    expect(file.indexOf("moov")).toBeGreaterThan(0);
    expect(file.indexOf("moov")).toBeLessThan(file.indexOf("mdat"));
    // A fragmented file a browser would read through before it plays.
    expect(file.indexOf("moof")).toBe(-1);
  });

  it("states its length and streams, and seeks", async () => {
    const probed = (await ffprobeJson(["-show_format", "-show_streams", finished("mp4").path])) as {
      format: { duration: string };
      streams: Array<{ codec_name: string; width?: number; height?: number }>;
    };
    expect(Math.abs(Number(probed.format.duration) - PUBLISH_SECONDS)).toBeLessThan(1);
    expect(probed.streams.map((stream) => stream.codec_name).sort()).toEqual(["aac", "h264"]);
    expect(probed.streams.find((stream) => stream.codec_name === "h264")).toMatchObject({ width: 320, height: 180 });
    // Read from 4 s on: the first frame read is the key frame there (GOP 8 at 15 fps), not the file's first.
    const seeked = (await ffprobeJson([
      ...["-read_intervals", "4%+#1", "-select_streams", "v", "-show_entries", "frame=pts_time,key_frame"],
      finished("mp4").path,
    ])) as { frames: Array<{ pts_time: string; key_frame: number }> };
    expect(seeked.frames[0]?.key_frame).toBe(1);
    expect(Number(seeked.frames[0]?.pts_time)).toBeGreaterThan(3);
    expect(Number(seeked.frames[0]?.pts_time)).toBeLessThan(5);
  });
});

describe("a finished recording's cover", () => {
  it.each(["mp4", "hls"])("of %s is a JPEG of the first frame at the video's size", async (format) => {
    const cover = finished(format).coverPath;
    expect(cover).not.toBeNull();
    const bytes = await readFile(cover ?? "");
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    const probed = (await ffprobeJson(["-show_streams", cover ?? ""])) as {
      streams: Array<{ codec_name: string; width: number; height: number }>;
    };
    expect(probed.streams[0]).toMatchObject({ codec_name: "mjpeg", width: 320, height: 180 });
  });

  it("is not made for audio alone", () => {
    expect(finished("aac").coverPath).toBeNull();
  });
});

describe("VOD's MetaData of the finished AAC file, read in-process", () => {
  it("matches ffprobe's", async () => {
    const recording = finished("aac");
    const size = await sizeOf(recording.path);
    const read = await describeMedia(env.supervisor, "/nonexistent/ffprobe", inputOf(recording), size);
    const probed = await probeMetadata(env.supervisor, FFPROBE, inputOf(recording), size);
    // ffprobe estimates an ADTS stream's bit rate from its first frames; here it is the stream's
    // bytes over its length.
    const withoutStreamRates = (meta: typeof read) => ({
      ...meta,
      VideoStreamSet: meta.VideoStreamSet.map((stream) => ({ ...stream, Bitrate: 0 })),
      AudioStreamSet: meta.AudioStreamSet.map((stream) => ({ ...stream, Bitrate: 0 })),
    });
    expect(withoutStreamRates(read)).toEqual(withoutStreamRates(probed));
    for (const [mine, theirs] of [
      ...read.VideoStreamSet.map((stream, index) => [stream.Bitrate, probed.VideoStreamSet[index]?.Bitrate ?? 0]),
      ...read.AudioStreamSet.map((stream, index) => [stream.Bitrate, probed.AudioStreamSet[index]?.Bitrate ?? 0]),
    ])
      expect(Math.abs((mine ?? 0) - (theirs ?? 0)) / (theirs ?? 1)).toBeLessThan(0.25);
  });
});
