import { pricedLine, roundMoney, summarize, type CostLine, type CostSummary } from "./cost-lines";
import { legacyConcurrencyRecording, perMinuteRecording } from "./formulas";
import { formatAmount, formatNumber } from "./money";
import { outputSizeGb, type EncodedOutput } from "./output-size";
import type { PriceTable } from "./price-table";
import { storagePriceKey, type Retention, type StorageArea } from "./storage-lines";
import { TIER_LABELS, newRecordingPriceKey, oldRecordingPriceKey, type ResolutionTier } from "./tiers";

/** Which recording price list the app is on; it depends on the account's and app's age (reference §6.1). */
export type RecordingRegime = "new" | "old" | "legacy";

/** A month of recording under some settings, for a what-if on the settings page. */
export interface SettingsScenario extends EncodedOutput {
  retention: Retention;
  /** The typical stream's picture tier; AAC-only settings record audio whatever it is. */
  tier: ResolutionTier;
  /** Streams recorded at the same time (legacy billing charges the month's peak of these). */
  streams: number;
  /** Hours each stream is recorded in a month. */
  hoursPerStream: number;
  regime: RecordingRegime;
  area?: StorageArea;
}

export interface SettingsEstimate extends CostSummary {
  /** GB the month's recordings write, over every format. */
  monthlyGb: number;
}

const MONTH_DAYS = 30;

function recordingLine(scenario: SettingsScenario, prices: PriceTable): CostLine | string {
  const { currency } = prices;
  if (scenario.regime === "legacy") {
    return pricedLine(
      prices,
      {
        category: "recording",
        label: "Legacy recording, peak concurrent channels",
        priceKey: "legacyRecordingPerStreamMonth",
      },
      (price) =>
        legacyConcurrencyRecording({
          peakStreams: scenario.streams,
          pricePerStreamMonth: price,
          formats: scenario.formats.length,
          currency,
        }),
    );
  }
  const tier = scenario.formats.every((format) => format === "aac") ? "audio" : scenario.tier;
  const priceKey = scenario.regime === "new" ? newRecordingPriceKey("single", tier) : oldRecordingPriceKey(tier);
  if (priceKey === null) return `The old recording price list has no ${TIER_LABELS[tier]} tier; its cost is unknown.`;
  const minutes = scenario.streams * scenario.hoursPerStream * 60;
  const regime = scenario.regime === "new" ? "Recording" : "Old recording";
  return pricedLine(
    prices,
    { category: "recording", label: `${regime}, ${TIER_LABELS[tier]}, per month`, priceKey },
    (price) => perMinuteRecording({ minutes, pricePer1000Minutes: price, inputStreams: 1, currency }),
  );
}

/**
 * Monthly recording + storage cost under some settings, so the settings page can show what a
 * change of formats or retention does. Recording: legacy billing charges the peak streams × each
 * format as a channel; per-minute billing charges stream minutes once, whatever the formats.
 * Storage: each format is its own file; with retention R days the stored volume settles at
 * R days of recordings, so the month's bill is monthly GB × price per GB per day × R (steady
 * state, reached after R days). Kept forever, storage never settles: the line is what one month's
 * recordings add to every later month, and `gaps` says so.
 */
export function estimateSettingsCost(scenario: SettingsScenario, prices: PriceTable): SettingsEstimate {
  const { currency } = prices;
  const lines: CostLine[] = [];
  const gaps: string[] = [];
  const recording = recordingLine(scenario, prices);
  if (typeof recording === "string") gaps.push(recording);
  else lines.push(recording);

  const size = outputSizeGb(scenario, scenario.hoursPerStream * 3600, scenario.streams);
  const { retention } = scenario;
  const days = retention === "forever" ? MONTH_DAYS : retention.days;
  const storage = pricedLine(
    prices,
    {
      category: "storage",
      label:
        retention === "forever"
          ? "Storage of a month's recordings, per month kept"
          : `Storage at ${formatNumber(days)} days' retention, per month`,
      priceKey: storagePriceKey(scenario.area ?? "mainland"),
    },
    (price) => {
      const amount = size.sizeGb * price * days;
      return {
        amount,
        formula: `${size.formula}/month; ${formatNumber(size.sizeGb)} GB × ${formatNumber(price)} ${currency}/GB/day × ${formatNumber(days)} days = ${formatAmount(roundMoney(amount), currency)}/month`,
      };
    },
  );
  lines.push(storage);
  if (retention === "forever") {
    const added = storage.amount === null ? "their storage" : formatAmount(storage.amount, currency);
    gaps.push(
      `Kept forever: each month's recordings add ${added}/month to the storage bill, for as long as they stay.`,
    );
  }
  return { ...summarize(currency, lines, gaps), monthlyGb: size.sizeGb };
}

/** Before and after a settings change, and by how much the monthly cost moves (after − before). */
export function settingsCostChange(
  before: SettingsScenario,
  after: SettingsScenario,
  prices: PriceTable,
): { before: SettingsEstimate; after: SettingsEstimate; change: number } {
  const estimates = { before: estimateSettingsCost(before, prices), after: estimateSettingsCost(after, prices) };
  return { ...estimates, change: roundMoney(estimates.after.total - estimates.before.total) };
}
