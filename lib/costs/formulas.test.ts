import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import {
  legacyConcurrencyRecording,
  mixTranscoding,
  perMinuteRecording,
  playback,
  recordingSizeGb,
  storage,
} from "./formulas";

describe("the TRTC recording guide's worked examples", () => {
  it("500 streams × 30 CNY = 15,000 CNY/month", () => {
    const estimate = legacyConcurrencyRecording({
      peakStreams: 500,
      pricePerStreamMonth: 30,
      formats: 1,
      currency: "CNY",
    });
    expect(estimate.amount).toBe(15000);
    expect(estimate.formula).toBe("500 streams × 30 CNY × 1 format = 15,000 CNY/month");
  });

  it("1,000 kbps for one hour = 0.45 GB, × 0.0048 = 0.00216 CNY/day", () => {
    const estimate = storage({
      videoKbps: 1000,
      audioKbps: 0,
      durationSeconds: 3600,
      pricePerGbDay: 0.0048,
      retentionDays: 0,
      formats: 1,
      currency: "CNY",
    });
    expect(estimate.sizeGb).toBe(0.45);
    expect(estimate.perDay).toBe(0.00216);
    expect(estimate.formula).toContain("= 0.45 GB");
    expect(estimate.formula).toContain("= 0.00216 CNY/day");
  });

  it("1,000 viewers × 1 GB × 0.23 = 230 CNY", () => {
    const estimate = playback({
      fileSizeGb: 1,
      viewers: 1000,
      tiers: [{ upToGb: null, pricePerGb: 0.23 }],
      currency: "CNY",
    });
    expect(estimate.amount).toBe(230);
    expect(estimate.formula).toBe("1,000 viewers × 1 GB × 0.23 CNY/GB = 230 CNY");
  });

  it("0.0325 CNY/min × 60 min = 1.95 CNY", () => {
    const estimate = mixTranscoding({ minutes: 60, pricePerMinute: 0.0325, currency: "CNY" });
    expect(estimate.amount).toBe(1.95);
    expect(estimate.formula).toBe("0.0325 CNY/min × 60 min = 1.95 CNY");
  });
});

describe("formulas", () => {
  it("counts each format as its own recording channel", () => {
    expect(
      legacyConcurrencyRecording({ peakStreams: 10, pricePerStreamMonth: 30, formats: 2, currency: "CNY" }).amount,
    ).toBe(600);
  });

  it("charges a mixed task per input stream, reproducing the doc's 10-minute example", () => {
    // audio 9 + SD 19 + FHD 79 per 1,000 min, 10 minutes each = 1.07 CNY
    const total = [9, 19, 79]
      .map(
        (price) =>
          perMinuteRecording({ minutes: 10, pricePer1000Minutes: price, inputStreams: 1, currency: "CNY" }).amount,
      )
      .reduce((sum, amount) => sum + amount, 0);
    expect(Number(total.toFixed(6))).toBe(1.07);
    expect(
      perMinuteRecording({ minutes: 1000, pricePer1000Minutes: 19, inputStreams: 3, currency: "CNY" }).amount,
    ).toBe(57);
  });

  it("rounds partial minutes up", () => {
    expect(
      perMinuteRecording({ minutes: 0.2, pricePer1000Minutes: 1000, inputStreams: 1, currency: "CNY" }).amount,
    ).toBe(1);
    expect(mixTranscoding({ minutes: 0, pricePerMinute: 0.0325, currency: "CNY" }).amount).toBe(0.0325);
  });

  it("sizes recordings with 1 GB = 1,000 MB", () => {
    expect(recordingSizeGb({ videoKbps: 800, audioKbps: 200, durationSeconds: 3600 })).toBe(0.45);
  });

  it("multiplies storage by retention days and formats", () => {
    const estimate = storage({
      videoKbps: 1000,
      audioKbps: 0,
      durationSeconds: 3600,
      pricePerGbDay: 0.0048,
      retentionDays: 30,
      formats: 2,
      currency: "CNY",
    });
    expect(estimate.perDay).toBe(0.00432);
    expect(estimate.amount).toBe(0.1296);
  });

  it("prices a day's playback traffic at the tier its volume falls in", () => {
    const tiers = [
      { upToGb: 500, pricePerGb: 0.26 },
      { upToGb: 2000, pricePerGb: 0.25 },
      { upToGb: null, pricePerGb: 0.23 },
    ];
    expect(playback({ fileSizeGb: 1, viewers: 100, tiers, currency: "CNY" }).pricePerGb).toBe(0.26);
    expect(playback({ fileSizeGb: 1, viewers: 1000, tiers, currency: "CNY" }).pricePerGb).toBe(0.25);
    expect(playback({ fileSizeGb: 1, viewers: 5000, tiers, currency: "CNY" }).amount).toBe(1150);
  });
});

describe("formulas as messages", () => {
  it("say in English exactly what the English formula says", () => {
    const estimates = [
      legacyConcurrencyRecording({ peakStreams: 500, pricePerStreamMonth: 30, formats: 1, currency: "CNY" }),
      legacyConcurrencyRecording({ peakStreams: 10, pricePerStreamMonth: 4.5, formats: 2, currency: "USD" }),
      perMinuteRecording({ minutes: 1000, pricePer1000Minutes: 19, inputStreams: 1, currency: "CNY" }),
      perMinuteRecording({ minutes: 10.2, pricePer1000Minutes: 19, inputStreams: 3, currency: "CNY" }),
      storage({
        videoKbps: 1000,
        audioKbps: 0,
        durationSeconds: 3600,
        pricePerGbDay: 0.0048,
        retentionDays: 0,
        formats: 1,
        currency: "CNY",
      }),
      storage({
        videoKbps: 800,
        audioKbps: 64,
        durationSeconds: 7200,
        pricePerGbDay: 0.0006,
        retentionDays: 30,
        formats: 2,
        currency: "USD",
      }),
      playback({ fileSizeGb: 1, viewers: 1000, tiers: [{ upToGb: null, pricePerGb: 0.23 }], currency: "CNY" }),
      mixTranscoding({ minutes: 60, pricePerMinute: 0.0325, currency: "CNY" }),
    ];
    for (const estimate of estimates) expect(messageText(estimate.formulaMessage)).toBe(estimate.formula);
  });

  it("put them into Chinese with 元 after the amounts", () => {
    const estimate = legacyConcurrencyRecording({
      peakStreams: 500,
      pricePerStreamMonth: 30,
      formats: 1,
      currency: "CNY",
    });
    expect(messageText(estimate.formulaMessage, "zh-CN")).toContain("15,000 元/月");
  });
});
