import { describe, expect, it } from "vitest";
import { estimateSettingsCost, settingsCostChange, type SettingsScenario } from "./settings-estimate";
import { retentionFromDays } from "./storage-lines";
import { CNY } from "./test-prices";
import { messageText } from "@/lib/i18n/message-text";

/** A line's or gap's message in English (undefined stays undefined, so a missing line still fails). */
const english = (text: string | undefined) => (text === undefined ? undefined : messageText(text));

/** The same in Chinese: each line as "label: formula", then the gaps. */
const chinese = (summary: { lines: Array<{ label: string; formula: string }>; gaps: string[] }) => [
  ...summary.lines.map((line) => `${messageText(line.label, "zh-CN")}: ${messageText(line.formula, "zh-CN")}`),
  ...summary.gaps.map((gap) => messageText(gap, "zh-CN")),
];

const oneStream: SettingsScenario = {
  formats: ["mp4"],
  retention: { days: 7 },
  videoKbps: 1000,
  audioKbps: 0,
  tier: "hd",
  streams: 1,
  hoursPerStream: 30,
  regime: "new",
};

describe("the settings estimate", () => {
  it("reproduces the guide: 500 streams × 30 CNY = 15,000 CNY/month under legacy billing", () => {
    const estimate = estimateSettingsCost({ ...oneStream, regime: "legacy", streams: 500 }, CNY);
    expect(estimate.lines[0]).toMatchObject({ priceKey: "legacyRecordingPerStreamMonth", amount: 15000 });
    expect(english(estimate.lines[0]?.formula)).toBe("500 streams × 30 CNY × 1 format = 15,000 CNY/month");
  });

  it("counts each format as a legacy channel and as an old output, but once under new billing", () => {
    const twoFormats = { ...oneStream, formats: ["hls", "mp4"] as const, streams: 500 };
    expect(estimateSettingsCost({ ...twoFormats, regime: "legacy" }, CNY).lines[0]?.amount).toBe(30000);
    // 500 streams × 30 h × 60 min ÷ 1,000 × 14 CNY, once whatever the formats
    expect(estimateSettingsCost(twoFormats, CNY).lines[0]?.amount).toBe(12600);
    // Old billing charges each output file: 900,000 min × 2 formats ÷ 1,000 × 52.5 CNY
    const old = estimateSettingsCost({ ...twoFormats, regime: "old", tier: "fhd" }, CNY).lines[0];
    expect(old?.amount).toBe(94500);
    expect(english(old?.formula)).toBe(
      "500 streams × 30 h × 60 × 2 formats = 1,800,000 min; 1,800,000 min ÷ 1,000 × 52.5 CNY = 94,500 CNY",
    );
  });

  it("charges an old AAC output as audio, next to the video outputs", () => {
    const estimate = estimateSettingsCost({ ...oneStream, regime: "old", formats: ["mp4", "aac"] }, CNY);
    expect(
      estimate.lines.filter((line) => line.category === "recording").map((line) => [line.priceKey, line.amount]),
    ).toEqual([
      ["oldRecordingHd", 25.2], // 1,800 min × 14 ÷ 1,000
      ["oldRecordingAudio", 6.3], // 1,800 min × 3.5 ÷ 1,000
    ]);
  });

  it("prices storage at steady state: a month's GB × price per GB per day × retention days", () => {
    const estimate = estimateSettingsCost(oneStream, CNY);
    expect(estimate.monthlyGb).toBe(13.5); // 0.45 GB an hour × 30 hours
    expect(estimate.lines[1]).toMatchObject({ category: "storage", amount: 0.4536 });
    expect(english(estimate.lines[1]?.formula)).toContain("13.5 GB × 0.0048 CNY/GB/day × 7 days = 0.4536 CNY/month");
    expect(estimate.total).toBe(25.6536); // recording 25.2 + storage
    expect(estimate.isComplete).toBe(true);
  });

  it("stores every format, an AAC file at the audio bitrate only", () => {
    const estimate = estimateSettingsCost({ ...oneStream, audioKbps: 64, formats: ["hls", "mp4", "aac"] }, CNY);
    // (1,064 kbps × 2 formats + 64 kbps) ÷ 8 × 108,000 s
    expect(estimate.monthlyGb).toBe(29.592);
    const audioOnly = estimateSettingsCost({ ...oneStream, audioKbps: 64, formats: ["aac"] }, CNY);
    expect(audioOnly.lines[0]?.priceKey).toBe("recordingSingleAudio");
  });

  it("says storage kept forever keeps growing", () => {
    const estimate = estimateSettingsCost({ ...oneStream, retention: retentionFromDays(0) }, CNY);
    expect(estimate.lines[1]).toMatchObject({ amount: 1.944 });
    expect(english(estimate.lines[1]?.label)).toBe("Storage of a month's recordings, per month kept");
    expect(estimate.gaps.map(english)).toEqual([
      "Kept forever: each month's recordings add 1.94 CNY/month to the storage bill, for as long as they stay.",
    ]);
  });

  it("shows how much a longer retention or another format costs", () => {
    const longer = settingsCostChange(oneStream, { ...oneStream, retention: { days: 30 } }, CNY);
    expect(longer.change).toBe(1.4904); // 13.5 GB × 0.0048 × 23 more days
    const hls = settingsCostChange(oneStream, { ...oneStream, formats: ["mp4", "hls"] }, CNY);
    expect(hls.change).toBe(0.4536);
  });

  it("says the old price list has no 2K tier", () => {
    const estimate = estimateSettingsCost({ ...oneStream, regime: "old", tier: "2k" }, CNY);
    expect(estimate.gaps.map(english)).toContain("The old recording price list has no 2K tier; its cost is unknown.");
    expect(estimate.lines.map((line) => line.category)).toEqual(["storage"]);
  });

  it("puts the lines into Chinese, amounts in 元", () => {
    const estimate = estimateSettingsCost({ ...oneStream, regime: "old", retention: retentionFromDays(0) }, CNY);
    expect(chinese(estimate)).toEqual([
      "旧版录制（按输出时长），高清 HD，每月: 1 路 × 30 小时 × 60 = 1,800 分钟；1,800 分钟 ÷ 1,000 × 14 元 = 25.2 元",
      "一个月录制文件的存储，每保存一个月: MP4：(1,000 + 0) kbps ÷ 8 × 108,000 秒 = 13.5 GB/月；13.5 GB × 0.0048 元/GB/天 × 30 天 = 1.94 元/月",
      "永久存储：只要文件保留，每个月的录制文件都会让存储费用每月增加 1.94 元。",
    ]);
  });
});
