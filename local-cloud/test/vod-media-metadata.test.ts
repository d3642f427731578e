import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/core/logger";
import { ProcessSupervisor } from "../src/media/ffmpeg/process-supervisor";
import { appendPieces } from "../src/media/recorder/append-pieces";
import { describeMedia } from "../src/services/vod/models/media-metadata";
import { probeMetadata } from "../src/services/vod/models/probe-metadata";

/*
 * VOD reads an ADTS file's MetaData in-process and leaves everything else to ffprobe; an AAC
 * recording resumed after a break is its pieces one after another. Each is checked against ffmpeg
 * on real files.
 */

const run = promisify(execFile);
const FFMPEG = process.env.FFMPEG_PATH ?? "ffmpeg";
const FFPROBE = process.env.FFPROBE_PATH ?? "ffprobe";
/** Where a fallback to ffprobe would fail: what must be read in-process is given this one. */
const NO_FFPROBE = "/nonexistent/ffprobe";
const supervisor = new ProcessSupervisor(createLogger("error"));
let dir: string;

async function ffmpeg(args: string[]): Promise<void> {
  await run(FFMPEG, ["-hide_banner", "-loglevel", "error", "-nostdin", "-y", ...args]);
}

/** `seconds` of H.264 (a key frame each 10 frames at 25 fps) and AAC, as the recorder receives them. */
async function clip(name: string, seconds: number, output: string[]): Promise<string> {
  const file = path.join(dir, name);
  await ffmpeg([
    ...["-f", "lavfi", "-i", `testsrc2=size=320x180:rate=25:d=${seconds}`],
    ...["-f", "lavfi", "-i", `sine=frequency=440:sample_rate=44100:d=${seconds}`],
    ...["-c:v", "libx264", "-preset", "ultrafast", "-g", "10", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"],
    ...output,
    file,
  ]);
  return file;
}
const metadataOf = async (file: string, ffprobe = NO_FFPROBE) =>
  describeMedia(supervisor, ffprobe, file, (await stat(file)).size);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "vod-metadata-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("MetaData of anything but ADTS", () => {
  it.each([
    ["a faststart MP4", "faststart.mp4", ["-movflags", "+faststart"]],
    ["a fragmented MP4", "fragmented.mp4", ["-movflags", "+frag_keyframe+empty_moov+default_base_moof"]],
    ["an FLV", "clip.flv", []],
  ])("of %s comes from ffprobe", async (_label, name, output) => {
    const file = await clip(name, 3, output);
    await expect(metadataOf(file)).rejects.toThrow();
    expect((await metadataOf(file, FFPROBE)).Duration).toBeGreaterThan(2.5);
  });
});

describe("a resumed AAC recording", () => {
  it("is its ADTS pieces one after another, exactly what ffmpeg's concat writes, as long as they are together", async () => {
    const pieces = [
      await clip("piece-1.aac", 2, ["-vn", "-f", "adts"]),
      await clip("piece-2.aac", 3, ["-vn", "-f", "adts"]),
    ];
    const list = path.join(dir, "concat.txt");
    await writeFile(list, pieces.map((piece) => `file '${piece}'\n`).join(""));
    const byFfmpeg = path.join(dir, "joined-by-ffmpeg.aac");
    await ffmpeg(["-f", "concat", "-safe", "0", "-i", list, "-c", "copy", "-f", "adts", byFfmpeg]);
    const appended = path.join(dir, "appended.aac");
    await appendPieces(pieces, appended);
    expect((await readFile(appended)).equals(await readFile(byFfmpeg))).toBe(true);

    const [first, second] = await Promise.all(pieces.map((piece) => metadataOf(piece)));
    const joined = await metadataOf(appended);
    expect(joined.Duration).toBeCloseTo((first?.Duration ?? 0) + (second?.Duration ?? 0), 6);
    expect(joined).toMatchObject({ Container: "aac", AudioStreamSet: [{ Codec: "aac", SamplingRate: 44100 }] });
    // ADTS states no length: ffprobe counts its frames as the in-process read does.
    expect(joined.Duration).toBeCloseTo((await probeMetadata(supervisor, FFPROBE, appended, 1)).Duration, 6);
  });
});
