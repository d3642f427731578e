import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDetectLog } from "./parse-detect-log";

// Real stderr of ffmpeg 5.1 on an 8 s clip: silence 1–4 s, frozen 2–5 s, black 5–8 s (black is frozen too).
const realLog = readFileSync(path.join(__dirname, "fixtures/detect-log.txt"), "utf8");

describe("parseDetectLog", () => {
  it("reads each detect filter's spans from real ffmpeg output, an unterminated one left open", () => {
    const log = parseDetectLog(realLog);
    expect(log.silence).toEqual([{ startSec: 1.00279, endSec: 4.01054 }]);
    expect(log.freeze).toEqual([
      { startSec: 2, endSec: 5 },
      { startSec: 5, endSec: null },
    ]);
    expect(log.black).toEqual([{ startSec: 5, endSec: 7.8 }]);
    expect(log.errors).toEqual([]);
  });

  it("collects error-level lines as decode errors", () => {
    const log = parseDetectLog(
      "[h264 @ 0x1] [error] Invalid NAL unit size (1234 > 99).\n[info] frame=1\n[aac @ 0x2] [error] Input buffer exhausted\n",
    );
    expect(log.errors).toEqual([
      "[h264 @ 0x1] [error] Invalid NAL unit size (1234 > 99).",
      "[aac @ 0x2] [error] Input buffer exhausted",
    ]);
  });
});
