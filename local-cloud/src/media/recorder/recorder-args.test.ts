import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failedOutputsIn, recorderArgs } from "./recorder-args";
import { hlsOutput } from "./recording-formats";
import { readSegmentList, segmentedOutput } from "./segmented-run";

const run = promisify(execFile);
const FFMPEG = process.env.FFMPEG_PATH ?? "ffmpeg";
let work: string;
let input: string;

/** Runs the recorder's command line on a file instead of the relay; resolves with its exit code and stderr. */
async function record(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(FFMPEG, args);
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? -1, stderr: failed.stderr ?? "" };
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "recorder-args-"));
  input = path.join(work, "in.flv");
  await run(FFMPEG, [
    ...["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=160x90:rate=15:d=5"],
    ...["-f", "lavfi", "-i", "sine=sample_rate=44100:d=5", "-c:v", "libx264", "-preset", "ultrafast", "-g", "8"],
    ...["-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", input],
  ]);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("one recorder ffmpeg for every format", () => {
  it("writes each format through its own tee output, whatever the characters in its paths", async () => {
    // The tee muxer's separators and escape characters, in directory names.
    const mp4Dir = path.join(work, "mp4 a|b'c]d[e");
    const aacDir = path.join(work, "aac\\x:y");
    const hlsDir = path.join(work, "hls=z");
    for (const dir of [mp4Dir, aacDir, hlsDir]) await mkdir(dir, { recursive: true });
    const { code, stderr } = await record(
      recorderArgs(input, "audio+video", [
        segmentedOutput("mp4", mp4Dir, { splitSeconds: 2, offsetSeconds: 1.5 }),
        segmentedOutput("aac", aacDir, { splitSeconds: 60, offsetSeconds: 0 }),
        hlsOutput(hlsDir, 1),
      ]),
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    // The MP4 output's own offset: a file that already held 1.5 s is cut 0.5 s (a GOP or less) in.
    const mp4 = await readSegmentList(mp4Dir);
    expect(mp4.length).toBeGreaterThanOrEqual(3);
    expect(mp4[0]?.endSeconds).toBeGreaterThanOrEqual(2);
    expect(mp4[0]?.endSeconds).toBeLessThan(2 + 8 / 15 + 0.05);
    // AAC holds the audio only, in one segment.
    expect((await readSegmentList(aacDir)).map((entry) => entry.index)).toEqual([0]);
    expect(await readFile(path.join(hlsDir, "index-1.m3u8"), "utf8")).toContain("#EXT-X-ENDLIST");
  });

  it("drops a format whose output fails and goes on with the others, saying which on stderr", async () => {
    const flvDir = path.join(work, "flv");
    const gone = path.join(work, "never-made");
    await mkdir(flvDir, { recursive: true });
    const { code, stderr } = await record(
      recorderArgs(input, "audio+video", [
        segmentedOutput("flv", flvDir, { splitSeconds: 60, offsetSeconds: 0 }),
        segmentedOutput("mp4", gone, { splitSeconds: 60, offsetSeconds: 0 }),
      ]),
    );
    expect(code).toBe(0);
    expect([...failedOutputsIn(stderr).keys()]).toEqual([1]);
    expect(failedOutputsIn(stderr).get(1)).toBe("No such file or directory");
    expect((await readSegmentList(flvDir)).map((entry) => entry.index)).toEqual([0]);
  });
});
