import { msg } from "@/lib/i18n/message";
import { amountMessage } from "./formulas";
import { pricedLine, roundMoney, summarize, type CostLine, type CostSummary } from "./cost-lines";
import { formatNumber } from "./money";
import { outputSizeGb, type EncodedOutput } from "./output-size";
import type { PriceKey } from "./price-keys";
import type { PriceTable } from "./price-table";
import { storageLines, type Retention, type StorageArea } from "./storage-lines";
import {
  TIER_LABELS,
  mcuMixPriceKey,
  newRecordingPriceKey,
  oldRecordingPriceKey,
  resolutionTier,
  type ResolutionTier,
  type VideoCodec,
} from "./tiers";

const HOUR_MINUTES = 60;

/** The output kept in VOD, to price an hour of it over its retention. */
export interface StoredOutput extends EncodedOutput {
  retention: Retention;
  area?: StorageArea;
}

/** Null: an audio-only output. */
export type OutputPicture = { width: number; height: number } | null;

export interface HourlyEstimate extends CostSummary {
  /** GB one hour writes to VOD (0 when nothing is stored). */
  storageGbPerHour: number;
}

/** One hour at a per-1,000-minute price, `count` times: "32.5 CNY/1,000 min = 0.0325 CNY/min × 60 min = 1.95 CNY". */
function hourAtPer1000(
  prices: PriceTable,
  line: { category: CostLine["category"]; label: string; priceKey: PriceKey },
  count = 1,
): CostLine {
  return pricedLine(prices, line, (price) => {
    const perMinute = roundMoney(price / 1000);
    const amount = roundMoney(perMinute * HOUR_MINUTES * count);
    return {
      amount,
      formula: msg("costs.lines.hourFormula", {
        price: formatNumber(price),
        currency: prices.currency,
        perMinute: formatNumber(perMinute),
        minutes: HOUR_MINUTES,
        count,
        countText: formatNumber(count),
        total: amountMessage(amount, prices.currency),
      }),
    };
  });
}

function mcuLine(prices: PriceTable, picture: OutputPicture, codec: VideoCodec): CostLine {
  const tier = resolutionTier(picture ?? { width: null, height: null });
  return hourAtPer1000(prices, {
    category: "transcoding",
    label: msg("costs.lines.mcuTranscoding", { codec: tier === "audio" ? "none" : codec, tier: TIER_LABELS[tier] }),
    priceKey: mcuMixPriceKey(tier, codec),
  });
}

function storageOfHour(
  prices: PriceTable,
  stored: StoredOutput,
  copies: number,
): { lines: CostLine[]; gaps: string[]; sizeGb: number } {
  const size = outputSizeGb(stored, HOUR_MINUTES * 60, copies);
  const storage = storageLines(prices, {
    label: msg("costs.lines.storageOfHour"),
    sizeGb: size.sizeGb,
    sizeFormula: size.formula,
    retention: stored.retention,
    area: stored.area ?? "mainland",
  });
  const line = storage.overRetention ?? (storage.perDay.amount === null ? storage.perDay : null);
  return { lines: line ? [line] : [], gaps: storage.openEnded ? [storage.openEnded] : [], sizeGb: size.sizeGb };
}

/**
 * Cost per hour of a StartMCUMixTranscode mix, before starting it: MCU mix transcoding at the
 * output's tier and codec (the MCU price list, reference §6.2, not CSS transcoding) for 60 min;
 * with `recordedUnder`, the recording of the mix on the legacy (CSS) path; with `stored`, the
 * storage of the hour's files over their retention.
 *
 * Legacy concurrency billing is per month, not per hour: it is described in `gaps`, not totalled.
 */
export function estimateMixPerHour(
  input: {
    output: OutputPicture;
    codec: VideoCodec;
    recordedUnder: "old" | "legacy" | null;
    stored: StoredOutput | null;
  },
  prices: PriceTable,
): HourlyEstimate {
  const lines: CostLine[] = [mcuLine(prices, input.output, input.codec)];
  const gaps: string[] = [];
  const tier = resolutionTier(input.output ?? { width: null, height: null });
  const formats = input.stored?.formats.length ?? 1;
  if (input.recordedUnder === "old") {
    const priceKey = oldRecordingPriceKey(tier);
    if (priceKey) {
      const label = msg("costs.lines.oldRecordingHour", { tier: TIER_LABELS[tier] });
      lines.push(hourAtPer1000(prices, { category: "recording", label, priceKey }));
    } else gaps.push(msg("costs.lines.oldNoTier", { tier: TIER_LABELS[tier] }));
  } else if (input.recordedUnder === "legacy") {
    const perChannel = prices.prices.legacyRecordingPerStreamMonth;
    gaps.push(
      msg("costs.lines.legacyPerMonth", {
        formats,
        priced: perChannel === undefined ? "no" : "yes",
        amount: perChannel === undefined ? "" : amountMessage(perChannel * formats, prices.currency),
        currency: prices.currency,
      }),
    );
  }
  let storageGbPerHour = 0;
  if (input.stored) {
    const storage = storageOfHour(prices, input.stored, 1);
    lines.push(...storage.lines);
    gaps.push(...storage.gaps);
    storageGbPerHour = storage.sizeGb;
  }
  return { ...summarize(prices.currency, lines, gaps), storageGbPerHour };
}

/**
 * Cost per hour of a CreateCloudRecording task (new, input-duration billing, reference §6.1),
 * before starting it. Single-stream mode: each recorded stream at its tier's single-stream price,
 * each writing its own files. Mixed mode: each input at its tier's mixed price (all inputs audio
 * only: one audio input), one output; with `mixTranscoding`, MCU mix transcoding at the output's
 * tier is added. The reference prices mixed recording per input and does not say whether MCU
 * transcoding is billed on top, so the caller decides and the line shows it separately.
 */
export function estimateCloudRecordingPerHour(
  input: {
    mode: "single" | "mixed";
    /** Single: each recorded stream's tier. Mixed: each input's tier. */
    streams: readonly ResolutionTier[];
    mixTranscoding: { output: OutputPicture; codec: VideoCodec } | null;
    stored: StoredOutput | null;
  },
  prices: PriceTable,
): HourlyEstimate {
  const lines: CostLine[] = [];
  const gaps: string[] = [];
  if (input.streams.length === 0) gaps.push(msg("costs.lines.noStreams"));
  const counts = new Map<ResolutionTier, number>();
  const allAudio = input.streams.every((tier) => tier === "audio");
  const charged: readonly ResolutionTier[] =
    input.mode === "mixed" && allAudio && input.streams.length > 0 ? ["audio"] : input.streams;
  for (const tier of charged) counts.set(tier, (counts.get(tier) ?? 0) + 1);
  for (const [tier, count] of counts) {
    const labelKey =
      input.mode === "single" ? "costs.lines.recordingSingleStreams" : "costs.lines.recordingMixedInputs";
    lines.push(
      hourAtPer1000(
        prices,
        {
          category: "recording",
          label: msg(labelKey, { count, tier: TIER_LABELS[tier] }),
          priceKey: newRecordingPriceKey(input.mode, tier),
        },
        count,
      ),
    );
  }
  if (input.mode === "mixed" && input.mixTranscoding) {
    lines.push(mcuLine(prices, input.mixTranscoding.output, input.mixTranscoding.codec));
  }
  let storageGbPerHour = 0;
  if (input.stored) {
    const copies = input.mode === "single" ? input.streams.length : 1;
    const storage = storageOfHour(prices, input.stored, copies);
    lines.push(...storage.lines);
    gaps.push(...storage.gaps);
    storageGbPerHour = storage.sizeGb;
  }
  return { ...summarize(prices.currency, lines, gaps), storageGbPerHour };
}
