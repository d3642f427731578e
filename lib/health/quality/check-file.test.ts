import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QualityCheckError, checkFile } from "./check-file";
import { DEFAULT_QUALITY_THRESHOLDS } from "./thresholds";

// Short clips, so thresholds of 2 s; real ffmpeg-generated media served over real HTTP.
const thresholds = {
  ...DEFAULT_QUALITY_THRESHOLDS,
  silenceMinSec: 2,
  freezeMinSec: 2,
  blackMinSec: 2,
  truncationMinSec: 2,
};
const options = { cpuBudgetSec: 30, coveredSec: 8 };

const CLIPS: Record<string, string[]> = {
  clean: ["-f", "lavfi", "-i", "testsrc2=s=320x180:r=25:d=8", "-f", "lavfi", "-i", "sine=f=440:sample_rate=48000:d=8"],
  faulty: [
    "-f",
    "lavfi",
    "-i",
    "testsrc2=s=320x180:r=25:d=8",
    "-f",
    "lavfi",
    "-i",
    "sine=f=440:sample_rate=48000:d=8",
    "-filter_complex",
    "[0:v]trim=0:2,setpts=PTS-STARTPTS[a];[0:v]trim=2:2.04,setpts=PTS-STARTPTS,loop=loop=75:size=1,setpts=N/25/TB[f];" +
      "color=c=black:s=320x180:r=25:d=3[b];[a][f][b]concat=n=3:v=1:a=0[v];[1:a]volume=enable='between(t,1,4)':volume=0[au]",
    "-map",
    "[v]",
    "-map",
    "[au]",
  ],
  "no-audio": ["-f", "lavfi", "-i", "testsrc2=s=320x180:r=25:d=8", "-an"],
};

let dir = "";
let server: Server;
let base = "";

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "quality-check-"));
  for (const [name, input] of Object.entries(CLIPS))
    execFileSync("ffmpeg", [
      "-hide_banner",
      "-loglevel",
      "error",
      "-y",
      ...input,
      "-c:v",
      "libx264",
      "-preset",
      "ultrafast",
      "-g",
      "25",
      "-c:a",
      "aac",
      "-movflags",
      "+faststart",
      "-t",
      "8",
      path.join(dir, `${name}.mp4`),
    ]);
  // Bytes damaged in the middle of the media data, as a broken disk or a cut transfer leaves them.
  const clean = readFileSync(path.join(dir, "clean.mp4"));
  const damaged = Buffer.from(clean);
  const from = Math.floor(damaged.length * 0.4);
  for (let index = 0; index < 4096; index += 1) damaged[from + index] = (index * 131 + 7) & 0xff;
  writeFileSync(path.join(dir, "damaged.mp4"), damaged);
  server = createServer((request, response) => {
    const file = path.join(dir, path.basename(request.url ?? ""));
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": "video/mp4" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe("checkFile over HTTP", () => {
  it("finds nothing in a clean file and counts the CPU it used", async () => {
    const result = await checkFile(`${base}/clean.mp4`, thresholds, options);
    expect(result.problems).toEqual([]);
    expect(result.measurements).toMatchObject({ hasAudio: true, hasVideo: true, durationSec: 8 });
    expect(result.cpuMs).toBeGreaterThan(0);
  });

  it("finds the silence, the frozen and the black section where they are", async () => {
    const { problems } = await checkFile(`${base}/faulty.mp4`, thresholds, options);
    const at = (kind: string) =>
      problems
        .filter((problem) => problem.kind === kind)
        .map((problem) => [Math.round(problem.startSec ?? -1), Math.round(problem.endSec ?? -1)]);
    expect(at("silence")).toEqual([[1, 4]]);
    expect(at("frozen")[0]).toEqual([2, 5]);
    expect(at("black")).toEqual([[5, 8]]);
  });

  it("finds a missing audio track and a truncated file", async () => {
    const { problems } = await checkFile(`${base}/no-audio.mp4`, thresholds, { ...options, coveredSec: 20 });
    expect(problems.map((problem) => problem.kind)).toEqual(["no_audio", "truncated"]);
  });

  it("counts the decode errors of a file with damaged bytes", async () => {
    const { problems, measurements } = await checkFile(`${base}/damaged.mp4`, thresholds, options);
    expect(problems.map((problem) => problem.kind)).toContain("decode_errors");
    expect(Number(measurements.decodeErrors)).toBeGreaterThan(0);
  });

  it("tells a file not served yet (404) from a failure", async () => {
    const error = await checkFile(`${base}/missing.mp4`, thresholds, options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QualityCheckError);
    expect((error as QualityCheckError).notYetServed).toBe(true);
  });
});
