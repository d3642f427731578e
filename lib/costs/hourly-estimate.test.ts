import { describe, expect, it } from "vitest";
import { estimateCloudRecordingPerHour, estimateMixPerHour } from "./hourly-estimate";
import { CNY, USD } from "./test-prices";
import { messageText } from "@/lib/i18n/message-text";

/** A line's or gap's message in English (undefined stays undefined, so a missing line still fails). */
const english = (text: string | undefined) => (text === undefined ? undefined : messageText(text));

/** The same in Chinese: each line as "label: formula", then the gaps. */
const chinese = (summary: { lines: Array<{ label: string; formula: string }>; gaps: string[] }) => [
  ...summary.lines.map((line) => `${messageText(line.label, "zh-CN")}: ${messageText(line.formula, "zh-CN")}`),
  ...summary.gaps.map((gap) => messageText(gap, "zh-CN")),
];

describe("cost per hour of an MCU mix", () => {
  it("reproduces the guide: 0.0325 CNY/min × 60 min = 1.95 CNY, at the MCU HD price", () => {
    const estimate = estimateMixPerHour(
      { output: { width: 1280, height: 720 }, codec: "h264", recordedUnder: null, stored: null },
      CNY,
    );
    expect(estimate.total).toBe(1.95);
    expect(estimate.lines).toHaveLength(1);
    expect(estimate.lines[0]).toMatchObject({ category: "transcoding", priceKey: "mcuMixHdH264" });
    expect(english(estimate.lines[0]?.formula)).toBe("32.5 CNY/1,000 min = 0.0325 CNY/min × 60 min = 1.95 CNY");
  });

  it("prices an audio-only mix and a Full HD one by their output tier", () => {
    const audio = estimateMixPerHour({ output: null, codec: "h264", recordedUnder: null, stored: null }, CNY);
    expect(audio.total).toBe(0.336); // 5.6 ÷ 1,000 × 60
    const fhd = estimateMixPerHour(
      { output: { width: 1920, height: 1080 }, codec: "h264", recordedUnder: null, stored: null },
      CNY,
    );
    expect(fhd.total).toBe(3.78);
  });

  it("reports the unconfirmed H.265 price as missing", () => {
    const estimate = estimateMixPerHour(
      { output: { width: 1280, height: 720 }, codec: "h265", recordedUnder: null, stored: null },
      CNY,
    );
    expect(estimate.missingPrices).toEqual(["mcuMixHdH265"]);
    expect(estimate.isComplete).toBe(false);
  });

  it("adds the old-regime recording of the mix and the storage of an hour of it", () => {
    const estimate = estimateMixPerHour(
      {
        output: { width: 1280, height: 720 },
        codec: "h264",
        recordedUnder: "old",
        stored: { videoKbps: 1000, audioKbps: 0, formats: ["mp4"], retention: { days: 1 } },
      },
      CNY,
    );
    expect(estimate.lines.map((line) => [line.priceKey, line.amount])).toEqual([
      ["mcuMixHdH264", 1.95],
      ["oldRecordingHd", 0.84],
      ["storagePerGbDay", 0.00216],
    ]);
    expect(estimate.storageGbPerHour).toBe(0.45);
    expect(estimate.total).toBe(2.79216);
  });

  it("describes legacy recording per month instead of adding it to an hour", () => {
    const estimate = estimateMixPerHour(
      {
        output: { width: 1280, height: 720 },
        codec: "h264",
        recordedUnder: "legacy",
        stored: { videoKbps: 1000, audioKbps: 64, formats: ["hls", "mp4"], retention: { days: 7 } },
      },
      CNY,
    );
    expect(estimate.lines.map((line) => line.category)).toEqual(["transcoding", "storage"]);
    expect(estimate.gaps.map(english)).toEqual([
      "Legacy recording is billed on the month's peak of concurrent channels, not per hour: this mix adds 2 channels (one per format), up to 60 CNY/month.",
    ]);
    expect(estimate.storageGbPerHour).toBe(0.9576); // (1,000 + 64) kbps ÷ 8 × 3,600 s × 2 formats
  });

  it("says the old price list has no 2K tier", () => {
    const estimate = estimateMixPerHour(
      { output: { width: 2560, height: 1440 }, codec: "h264", recordedUnder: "old", stored: null },
      CNY,
    );
    expect(estimate.gaps.map(english)).toContain("The old recording price list has no 2K tier; its cost is unknown.");
    expect(estimate.missingPrices).toEqual(["mcuMix2kH264"]);
  });

  it("puts the lines into Chinese, amounts in 元", () => {
    const estimate = estimateMixPerHour(
      {
        output: { width: 1280, height: 720 },
        codec: "h264",
        recordedUnder: "legacy",
        stored: { videoKbps: 1000, audioKbps: 64, formats: ["hls", "mp4"], retention: { days: 7 } },
      },
      CNY,
    );
    expect(chinese(estimate)).toEqual([
      "MCU 云端混流转码（输出：H.264 高清 HD）: 32.5 元/千分钟 = 0.0325 元/分钟 × 60 分钟 = 1.95 元",
      "一小时录制文件的存储，7 天: 0.9576 GB × 0.0048 元/GB/天 × 7 天 = 0.03218 元",
      "旧版录制按当月并发路数峰值计费，而非按小时：此混流增加 2 路（每种格式一路），每月最多 60 元。",
    ]);
  });
});

describe("cost per hour of a CreateCloudRecording task", () => {
  it("charges a mixed task per input, as the doc's audio 9 + SD 19 + FHD 79 example", () => {
    const estimate = estimateCloudRecordingPerHour(
      { mode: "mixed", streams: ["audio", "sd", "fhd"], mixTranscoding: null, stored: null },
      CNY,
    );
    expect(estimate.lines.map((line) => line.amount)).toEqual([0.54, 1.14, 4.74]);
    expect(estimate.total).toBe(6.42); // (9 + 19 + 79) × 60 ÷ 1,000; the doc's 10 minutes cost 1.07
  });

  it("adds MCU transcoding of the output only when asked", () => {
    const estimate = estimateCloudRecordingPerHour(
      {
        mode: "mixed",
        streams: ["hd", "hd"],
        mixTranscoding: { output: { width: 1280, height: 720 }, codec: "h264" },
        stored: null,
      },
      CNY,
    );
    expect(estimate.lines.map((line) => [english(line.label), line.amount])).toEqual([
      ["Recording, 2 mixed inputs at HD", 4.2],
      ["MCU mix transcoding, H.264 HD output", 1.95],
    ]);
  });

  it("charges an all-audio mix as one audio input", () => {
    const estimate = estimateCloudRecordingPerHour(
      { mode: "mixed", streams: ["audio", "audio", "audio"], mixTranscoding: null, stored: null },
      CNY,
    );
    expect(estimate.total).toBe(0.54);
  });

  it("charges single-stream recording per stream, each writing its own files", () => {
    const estimate = estimateCloudRecordingPerHour(
      {
        mode: "single",
        streams: ["hd", "hd", "sd"],
        mixTranscoding: null,
        stored: { videoKbps: 1000, audioKbps: 0, formats: ["hls"], retention: "forever" },
      },
      CNY,
    );
    expect(estimate.lines.map((line) => [line.priceKey, line.amount])).toEqual([
      ["recordingSingleHd", 1.68],
      ["recordingSingleSd", 0.42],
    ]);
    expect(estimate.storageGbPerHour).toBe(1.35);
    expect(estimate.gaps.map(english)).toEqual(["Kept forever: 0.00648 CNY/day for as long as it stays."]);
  });

  it("reports USD's missing new-recording prices", () => {
    const estimate = estimateCloudRecordingPerHour(
      { mode: "single", streams: ["hd"], mixTranscoding: null, stored: null },
      USD,
    );
    expect(estimate.total).toBe(0);
    expect(estimate.missingPrices).toEqual(["recordingSingleHd"]);
  });

  it("puts the lines into Chinese, amounts in 元", () => {
    const estimate = estimateCloudRecordingPerHour(
      {
        mode: "single",
        streams: ["hd", "hd"],
        mixTranscoding: null,
        stored: { videoKbps: 1000, audioKbps: 0, formats: ["hls"], retention: "forever" },
      },
      CNY,
    );
    expect(chinese(estimate)).toEqual([
      "单流录制，2 路流，高清 HD: 14 元/千分钟 = 0.014 元/分钟 × 60 分钟 × 2 = 1.68 元",
      "永久存储：文件保留期间每天 0.00432 元。",
    ]);
  });
});
