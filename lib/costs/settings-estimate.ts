import { msg } from "@/lib/i18n/message";
import { chargeOf, pricedLine, roundMoney, summarize, type CostLine, type CostSummary } from "./cost-lines";
import { amountMessage, legacyConcurrencyRecording, perMinuteRecording } from "./formulas";
import { formatNumber } from "./money";
import { outputSizeGb, type EncodedOutput } from "./output-size";
import type { PriceKey } from "./price-keys";
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

/** Stream minutes of a month, × `outputs` files each, with the arithmetic that makes them. */
function minutesLine(
  prices: PriceTable,
  scenario: SettingsScenario,
  line: { label: string; priceKey: PriceKey },
  outputs: number,
): CostLine {
  const minutes = scenario.streams * scenario.hoursPerStream * 60 * outputs;
  return pricedLine(prices, { category: "recording", ...line }, (price) => {
    const estimate = perMinuteRecording({
      minutes,
      pricePer1000Minutes: price,
      inputStreams: 1,
      currency: prices.currency,
    });
    return {
      amount: estimate.amount,
      formula: msg("costs.lines.monthMinutes", {
        streams: formatNumber(scenario.streams),
        hours: formatNumber(scenario.hoursPerStream),
        outputs,
        outputCount: formatNumber(outputs),
        minutes: formatNumber(minutes),
        charge: estimate.formulaMessage,
      }),
    };
  });
}

function recordingLines(scenario: SettingsScenario, prices: PriceTable): { lines: CostLine[]; gaps: string[] } {
  const { currency } = prices;
  if (scenario.regime === "legacy") {
    const line = pricedLine(
      prices,
      {
        category: "recording",
        label: msg("costs.lines.legacyPeak"),
        priceKey: "legacyRecordingPerStreamMonth",
      },
      (price) =>
        chargeOf(
          legacyConcurrencyRecording({
            peakStreams: scenario.streams,
            pricePerStreamMonth: price,
            formats: scenario.formats.length,
            currency,
          }),
        ),
    );
    return { lines: [line], gaps: [] };
  }
  if (scenario.regime === "new") {
    const tier = scenario.formats.every((format) => format === "aac") ? "audio" : scenario.tier;
    const label = msg("costs.lines.recordingPerMonth", { tier: TIER_LABELS[tier] });
    return {
      lines: [minutesLine(prices, scenario, { label, priceKey: newRecordingPriceKey("single", tier) }, 1)],
      gaps: [],
    };
  }
  // Old billing is by output: each format's file is charged, an AAC file as audio.
  const lines: CostLine[] = [];
  const gaps: string[] = [];
  const video = scenario.formats.filter((format) => format !== "aac");
  const outputs: Array<{ tier: ResolutionTier; count: number }> = [
    { tier: scenario.tier, count: video.length },
    { tier: "audio", count: scenario.formats.length - video.length },
  ];
  for (const { tier, count } of outputs) {
    if (count === 0) continue;
    const priceKey = oldRecordingPriceKey(tier);
    if (priceKey === null) {
      gaps.push(msg("costs.lines.oldNoTier", { tier: TIER_LABELS[tier] }));
      continue;
    }
    const label = msg("costs.lines.oldRecordingPerMonth", { tier: TIER_LABELS[tier] });
    lines.push(minutesLine(prices, scenario, { label, priceKey }, count));
  }
  return { lines, gaps };
}

/**
 * Monthly recording + storage cost under some settings, so the settings page can show what a
 * change of formats or retention does. Recording: legacy billing charges the peak streams × each
 * format as a channel; new (input-duration) billing charges stream minutes once, whatever the
 * formats; old (output-duration) billing charges each format's file, an AAC file as audio.
 * Storage: each format is its own file; with retention R days the stored volume settles at
 * R days of recordings, so the month's bill is monthly GB × price per GB per day × R (steady
 * state, reached after R days). Kept forever, storage never settles: the line is what one month's
 * recordings add to every later month, and `gaps` says so.
 */
export function estimateSettingsCost(scenario: SettingsScenario, prices: PriceTable): SettingsEstimate {
  const { currency } = prices;
  const lines: CostLine[] = [];
  const gaps: string[] = [];
  const recording = recordingLines(scenario, prices);
  lines.push(...recording.lines);
  gaps.push(...recording.gaps);

  const size = outputSizeGb(scenario, scenario.hoursPerStream * 3600, scenario.streams);
  const { retention } = scenario;
  const days = retention === "forever" ? MONTH_DAYS : retention.days;
  const storage = pricedLine(
    prices,
    {
      category: "storage",
      label:
        retention === "forever"
          ? msg("costs.lines.storageMonthKept")
          : msg("costs.lines.storageAtRetention", { days: formatNumber(days) }),
      priceKey: storagePriceKey(scenario.area ?? "mainland"),
    },
    (price) => {
      const amount = size.sizeGb * price * days;
      return {
        amount,
        formula: msg("costs.lines.storageMonthFormula", {
          sizeFormula: size.formula,
          size: formatNumber(size.sizeGb),
          price: formatNumber(price),
          currency,
          days: formatNumber(days),
          total: amountMessage(roundMoney(amount), currency),
        }),
      };
    },
  );
  lines.push(storage);
  if (retention === "forever") {
    gaps.push(
      msg("costs.lines.keptForeverMonthly", {
        priced: storage.amount === null ? "no" : "yes",
        amount: storage.amount === null ? "" : amountMessage(storage.amount, currency),
      }),
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
