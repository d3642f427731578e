import { describe, expect, it } from "vitest";
import { estimateRecordingCost, type RecordingFacts } from "./recording-estimate";
import { retentionOf } from "./storage-lines";
import { CNY, USD } from "./test-prices";
import { messageText } from "@/lib/i18n/message-text";

/** A line's or gap's message in English (undefined stays undefined, so a missing line still fails). */
const english = (text: string | undefined) => (text === undefined ? undefined : messageText(text));
/** The same in Chinese: each line as "label: formula", then the gaps. */
const chinese = (summary: { lines: Array<{ label: string; formula: string }>; gaps: string[] }) => [
  ...summary.lines.map((line) => `${messageText(line.label, "zh-CN")}: ${messageText(line.formula, "zh-CN")}`),
  ...summary.gaps.map((gap) => messageText(gap, "zh-CN")),
];

const hdMp4: RecordingFacts = {
  recordedUnder: "new",
  format: "mp4",
  durationSeconds: 3600,
  sizeBytes: null,
  bitrate: 1_000_000,
  width: 1280,
  height: 720,
  retention: { days: 1 },
  mix: null,
};

describe("the estimated cost of one recording", () => {
  it("reproduces the guide: 1,000 kbps for one hour = 0.45 GB, × 0.0048 = 0.00216 CNY/day", () => {
    const estimate = estimateRecordingCost(hdMp4, CNY);
    expect(estimate.sizeGb).toBe(0.45);
    expect(estimate.storagePerDay?.amount).toBe(0.00216);
    expect(english(estimate.storagePerDay?.formula)).toContain("1,000 kbps ÷ 8 × 3,600 s = 0.45 GB");
    expect(english(estimate.storagePerDay?.formula)).toContain("= 0.00216 CNY/day");
  });

  it("charges recording by the file's tier, plus storage over its retention", () => {
    const estimate = estimateRecordingCost({ ...hdMp4, retention: { days: 30 } }, CNY);
    expect(estimate.tier).toBe("hd");
    expect(estimate.lines.map((line) => [line.priceKey, line.amount])).toEqual([
      ["recordingSingleHd", 0.84], // 60 min ÷ 1,000 × 14 CNY
      ["storagePerGbDay", 0.0648], // 0.00216 × 30 days
    ]);
    expect(estimate.total).toBe(0.9048);
    expect(estimate.isComplete).toBe(true);
  });

  it("prefers VOD's byte count to bitrate × duration, and rounds partial minutes up", () => {
    const estimate = estimateRecordingCost({ ...hdMp4, durationSeconds: 61, sizeBytes: 2_000_000_000 }, CNY);
    expect(estimate.sizeGb).toBe(2);
    expect(english(estimate.lines[0]?.formula)).toBe("2 min ÷ 1,000 × 14 CNY = 0.028 CNY");
    expect(estimate.storagePerDay?.amount).toBe(0.0096);
  });

  it("treats an AAC file as audio only, whatever size VOD reports", () => {
    const estimate = estimateRecordingCost({ ...hdMp4, format: "aac" }, CNY);
    expect(estimate.tier).toBe("audio");
    expect(estimate.lines[0]?.priceKey).toBe("recordingSingleAudio");
  });

  it("charges a mix per input, reproducing the doc's per-input prices", () => {
    const estimate = estimateRecordingCost({ ...hdMp4, mix: { inputs: 3, inputTier: "sd" } }, CNY);
    expect(estimate.tier).toBe("sd");
    expect(estimate.lines[0]).toMatchObject({ priceKey: "recordingMixedSd", amount: 3.42 }); // 60 × 19 × 3 ÷ 1,000
    expect(english(estimate.lines[0]?.label)).toBe("Recording, mixed, 3 inputs at SD");
    const assumed = estimateRecordingCost({ ...hdMp4, mix: { inputs: 2 } }, CNY);
    expect(assumed.lines[0]).toMatchObject({ priceKey: "recordingMixedHd", amount: 4.2 });
    expect(english(assumed.lines[0]?.label)).toBe("Recording, mixed, 2 inputs at HD (assumed: the file's tier)");
  });

  it("charges an all-audio mix as one audio input", () => {
    const estimate = estimateRecordingCost({ ...hdMp4, format: "aac", mix: { inputs: 4 } }, CNY);
    expect(estimate.lines[0]).toMatchObject({ priceKey: "recordingMixedAudio", amount: 0.54 });
  });

  it("says that storage of a file kept forever is open-ended", () => {
    const estimate = estimateRecordingCost({ ...hdMp4, retention: "forever" }, CNY);
    expect(estimate.lines.map((line) => line.category)).toEqual(["recording"]);
    expect(estimate.isComplete).toBe(false);
    expect(estimate.gaps.map(english)).toEqual(["Kept forever: 0.00216 CNY/day for as long as it stays."]);
  });

  it("reports a missing price instead of pricing it at 0", () => {
    const estimate = estimateRecordingCost(hdMp4, USD);
    expect(estimate.missingPrices).toEqual(["recordingSingleHd"]);
    expect(estimate.total).toBe(0.00027); // storage only: 0.45 GB × 0.0006 USD
    expect(english(estimate.gaps[0])).toContain('No USD price for "Recording, single stream, HD ≤ 1280×720"');
    expect(estimate.lines[0]).toMatchObject({ amount: null });
  });

  it("says which facts VOD did not report", () => {
    const estimate = estimateRecordingCost({ ...hdMp4, durationSeconds: null, bitrate: null }, CNY);
    expect(estimate.lines).toEqual([]);
    expect(estimate.gaps).toHaveLength(2);
  });

  it("prices storage outside the mainland when asked", () => {
    const estimate = estimateRecordingCost(hdMp4, USD, { storageArea: "outside-mainland" });
    expect(estimate.storagePerDay).toMatchObject({ priceKey: "storageOutsideMainlandPerGbDay", amount: 0.000405 });
  });

  it("puts the lines into Chinese, amounts in 元", () => {
    const estimate = estimateRecordingCost({ ...hdMp4, retention: "forever", mix: { inputs: 2 } }, CNY);
    expect(chinese(estimate)).toEqual([
      "合流录制，2 路输入流，高清 HD（假定与文件的档位相同）: 60 分钟 ÷ 1,000 × 35 元 × 2 路输入流 = 4.2 元",
      "永久存储：文件保留期间每天 0.00216 元。",
    ]);
  });
});

describe("the cost of a legacy (CSS) recording", () => {
  const legacy: RecordingFacts = { ...hdMp4, recordedUnder: "old" };

  it("charges each output file at the old output-duration price of its resolution", () => {
    const estimate = estimateRecordingCost({ ...legacy, retention: { days: 30 } }, CNY);
    expect(estimate.lines.map((line) => [english(line.label), line.priceKey, line.amount])).toEqual([
      ["Old recording (output duration), HD", "oldRecordingHd", 0.84], // 60 min ÷ 1,000 × 14 CNY
      ["Storage, 30 days", "storagePerGbDay", 0.0648],
    ]);
    expect(estimateRecordingCost({ ...legacy, width: 1920, height: 1080 }, USD).lines[0]).toMatchObject({
      priceKey: "oldRecordingFhd",
      amount: 0.44994, // 60 min ÷ 1,000 × 7.499 USD
    });
  });

  it("charges a legacy mix by its output, not per input", () => {
    const estimate = estimateRecordingCost({ ...legacy, mix: { inputs: 3, inputTier: "sd" } }, CNY);
    expect(estimate.tier).toBe("hd");
    expect(estimate.lines[0]).toMatchObject({ priceKey: "oldRecordingHd", amount: 0.84 });
  });

  it("says the old list has no 2K tier, and prices media TRTC did not record as storage only", () => {
    const twoK = estimateRecordingCost({ ...legacy, width: 2560, height: 1440 }, CNY);
    expect(twoK.gaps.map(english)).toContain("The old recording price list has no 2K tier; its cost is unknown.");
    const upload = estimateRecordingCost({ ...hdMp4, recordedUnder: null }, CNY);
    expect(upload.lines.map((line) => line.category)).toEqual(["storage"]);
    expect(upload.gaps.map(english)).toEqual(["Not recorded by TRTC: only its storage is estimated."]);
  });
});

describe("a VOD file's retention", () => {
  it("counts whole days, part days up, and no expiry as forever", () => {
    expect(retentionOf("2026-11-01T10:00:00Z", "2026-11-08T10:00:00Z")).toEqual({ days: 7 });
    expect(retentionOf("2026-11-01T10:00:00Z", "2026-11-01T12:00:00Z")).toEqual({ days: 1 });
    expect(retentionOf("2026-11-01T10:00:00Z", null)).toBe("forever");
    expect(() => retentionOf("yesterday", "2026-11-01T12:00:00Z")).toThrow("Cannot read the retention");
  });
});
