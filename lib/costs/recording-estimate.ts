import { msg } from "@/lib/i18n/message";
import { chargeOf, pricedLine, summarize, type CostLine, type CostSummary } from "./cost-lines";
import { perMinuteRecording, recordingSizeGb } from "./formulas";
import { formatNumber } from "./money";
import type { PriceTable } from "./price-table";
import { storageLines, type Retention, type StorageArea } from "./storage-lines";
import { TIER_LABELS, newRecordingPriceKey, oldRecordingPriceKey, resolutionTier, type ResolutionTier } from "./tiers";

/**
 * Which price list the recording charge follows: "new" for CreateCloudRecording tasks (input
 * duration, reference §6.1), "old" for legacy CSS recordings of TRTC streams (output duration),
 * null for media TRTC did not record (an upload): storage only.
 */
export type RecordedUnder = "new" | "old" | null;

/** What VOD tells about one recording (a RecordingDto's facts), plus how it was recorded. */
export interface RecordingFacts {
  recordedUnder: RecordedUnder;
  /** VOD's Type: `m3u8`, `mp4`, `flv` or `aac`. An `aac` file is audio only, whatever its size. */
  format: string;
  durationSeconds: number | null;
  sizeBytes: number | null;
  /** Video + audio, bits per second (VOD MetaData.Bitrate); used when VOD reports no size. */
  bitrate: number | null;
  width: number | null;
  height: number | null;
  retention: Retention;
  /**
   * New billing only. Null: one stream. A mix: its inputs, each charged; their tier, if known,
   * else the file's own is assumed. Old billing charges a mix by its output, like any stream.
   */
  mix: { inputs: number; inputTier?: ResolutionTier } | null;
}

export interface RecordingEstimate extends CostSummary {
  /** The tier the recording is charged at (the inputs' tier for a mix). */
  tier: ResolutionTier;
  sizeGb: number | null;
  /** What keeping the file costs per day; null when VOD reports neither size nor bitrate. */
  storagePerDay: CostLine | null;
}

function oldRecordingLine(minutes: number, fileTier: ResolutionTier, prices: PriceTable): CostLine | string {
  const priceKey = oldRecordingPriceKey(fileTier);
  const tier = TIER_LABELS[fileTier];
  if (priceKey === null) return msg("costs.lines.oldNoTier", { tier });
  return pricedLine(
    prices,
    { category: "recording", label: msg("costs.lines.oldRecordingOutput", { tier }), priceKey },
    (price) =>
      chargeOf(perMinuteRecording({ minutes, pricePer1000Minutes: price, inputStreams: 1, currency: prices.currency })),
  );
}

function recordingLine(facts: RecordingFacts, fileTier: ResolutionTier, prices: PriceTable): CostLine | string {
  if (facts.recordedUnder === null) return msg("costs.lines.notRecordedByTrtc");
  if (facts.durationSeconds === null) return msg("costs.lines.noDuration");
  const minutes = facts.durationSeconds / 60;
  if (facts.recordedUnder === "old") return oldRecordingLine(minutes, fileTier, prices);
  if (facts.mix === null) {
    const priceKey = newRecordingPriceKey("single", fileTier);
    return pricedLine(
      prices,
      { category: "recording", label: msg("costs.lines.recordingSingle", { tier: TIER_LABELS[fileTier] }), priceKey },
      (price) =>
        chargeOf(
          perMinuteRecording({ minutes, pricePer1000Minutes: price, inputStreams: 1, currency: prices.currency }),
        ),
    );
  }
  const inputTier = facts.mix.inputTier ?? fileTier;
  // Reference §6.1: a mix whose inputs are all audio-only is charged as a single audio input.
  const inputs = inputTier === "audio" ? 1 : Math.max(1, Math.round(facts.mix.inputs));
  return pricedLine(
    prices,
    {
      category: "recording",
      label: msg("costs.lines.recordingMixed", {
        inputs,
        tier: TIER_LABELS[inputTier],
        assumed: facts.mix.inputTier === undefined ? "yes" : "no",
      }),
      priceKey: newRecordingPriceKey("mixed", inputTier),
    },
    (price) =>
      chargeOf(
        perMinuteRecording({ minutes, pricePer1000Minutes: price, inputStreams: inputs, currency: prices.currency }),
      ),
  );
}

function fileSize(facts: RecordingFacts): { sizeGb: number; formula: string } | null {
  if (facts.sizeBytes !== null) {
    const sizeGb = Number((facts.sizeBytes / 1e9).toPrecision(12));
    return {
      sizeGb,
      formula: msg("costs.lines.sizeFromBytes", { bytes: formatNumber(facts.sizeBytes), size: formatNumber(sizeGb) }),
    };
  }
  if (facts.bitrate === null || facts.durationSeconds === null) return null;
  const kbps = facts.bitrate / 1000;
  const sizeGb = recordingSizeGb({ videoKbps: kbps, audioKbps: 0, durationSeconds: facts.durationSeconds });
  return {
    sizeGb,
    formula: msg("costs.lines.sizeFromBitrate", {
      kbps: formatNumber(kbps),
      seconds: formatNumber(facts.durationSeconds),
      size: formatNumber(sizeGb),
    }),
  };
}

/**
 * The estimated cost of one recording in the library: the recording charge by tier (partial
 * minutes round up) at the price list it was recorded under, plus VOD storage per day and over
 * its retention. Sizes use VOD's byte count, else bitrate × duration, 1 GB = 10⁹ bytes.
 *
 * New (input-duration) billing charges a mix per input, and charges per stream minute whatever
 * the formats: when the same stream was also kept in another format, both files show the same
 * recording charge, which is paid once. Old (output-duration) billing charges each output file
 * by its own resolution, so each format of a stream pays its own charge.
 */
export function estimateRecordingCost(
  facts: RecordingFacts,
  prices: PriceTable,
  options: { storageArea?: StorageArea } = {},
): RecordingEstimate {
  const tier = facts.format.toLowerCase() === "aac" ? "audio" : resolutionTier(facts);
  const lines: CostLine[] = [];
  const gaps: string[] = [];
  const recording = recordingLine(facts, tier, prices);
  if (typeof recording === "string") gaps.push(recording);
  else lines.push(recording);

  const size = fileSize(facts);
  let storagePerDay: CostLine | null = null;
  if (size) {
    const storage = storageLines(prices, {
      label: msg("costs.lines.storage"),
      sizeGb: size.sizeGb,
      sizeFormula: size.formula,
      retention: facts.retention,
      area: options.storageArea ?? "mainland",
    });
    storagePerDay = storage.perDay;
    if (storage.overRetention) lines.push(storage.overRetention);
    else if (storage.perDay.amount === null) lines.push(storage.perDay);
    if (storage.openEnded) gaps.push(storage.openEnded);
  } else {
    gaps.push(msg("costs.lines.noSize"));
  }
  const tierOfCharge = facts.recordedUnder === "new" ? (facts.mix?.inputTier ?? tier) : tier;
  return {
    ...summarize(prices.currency, lines, gaps),
    tier: tierOfCharge,
    sizeGb: size?.sizeGb ?? null,
    storagePerDay,
  };
}
