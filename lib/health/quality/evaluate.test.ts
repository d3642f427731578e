import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { evaluateCheck } from "./evaluate";
import { DEFAULT_QUALITY_THRESHOLDS, effectiveThresholds } from "./thresholds";

const stream = { startSec: 0, durationSec: 60 };
const clean = {
  probe: { durationSec: 60, video: stream, audio: stream },
  log: { silence: [], freeze: [], black: [], errors: [] },
  coveredSec: 60,
};

describe("evaluateCheck", () => {
  it("finds nothing in a clean file", () => {
    expect(evaluateCheck(clean, DEFAULT_QUALITY_THRESHOLDS).problems).toEqual([]);
  });

  it("reports spans at or over their threshold, an open one up to the end of the file", () => {
    const result = evaluateCheck(
      {
        ...clean,
        log: {
          silence: [
            { startSec: 1, endSec: 10.9 },
            { startSec: 20, endSec: 30 },
          ],
          freeze: [{ startSec: 45, endSec: null }],
          black: [{ startSec: 2, endSec: 7 }],
          errors: [],
        },
      },
      DEFAULT_QUALITY_THRESHOLDS,
    );
    expect(result.problems.map((problem) => [problem.kind, problem.startSec, problem.endSec])).toEqual([
      ["silence", 20, 30],
      ["frozen", 45, 60],
      ["black", 2, 7],
    ]);
  });

  it("reports missing tracks, truncation, offset and drift beyond the thresholds", () => {
    const result = evaluateCheck(
      {
        ...clean,
        probe: { durationSec: 50, video: { startSec: 0, durationSec: 50 }, audio: { startSec: 2, durationSec: 48 } },
      },
      DEFAULT_QUALITY_THRESHOLDS,
    );
    expect(result.problems.map((problem) => problem.kind)).toEqual(["truncated", "av_offset", "av_drift"]);
    expect(result.measurements).toMatchObject({ missingSec: 10, offsetSec: 2, driftSec: -2 });
    // Details are stored as messages and worded where shown, in the viewer's language.
    expect(result.problems.map((problem) => messageText(problem.detail))).toEqual([
      "10 s shorter than the 60 s the recording covered",
      "audio starts 2 s after video",
      "audio lasts -2 s longer than video",
    ]);
    expect(result.problems.map((problem) => messageText(problem.detail, "zh-CN"))).toEqual([
      "比录制覆盖的 60 秒短 10 秒",
      "音频比视频晚 2 秒开始",
      "音频比视频长 -2 秒",
    ]);
    const noAudio = evaluateCheck({ ...clean, probe: { ...clean.probe, audio: null } }, DEFAULT_QUALITY_THRESHOLDS);
    expect(noAudio.problems.map((problem) => problem.kind)).toEqual(["no_audio"]);
  });

  it("takes the stored overrides and ignores invalid ones", () => {
    expect(effectiveThresholds({ silenceMinSec: 3, blackMinSec: -1 })).toEqual({
      ...DEFAULT_QUALITY_THRESHOLDS,
      silenceMinSec: 3,
    });
  });
});
