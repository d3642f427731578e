import { RECORDING_FORMATS, RECORDING_LIMITS, type RecordingFormat } from "@/lib/schemas/recording-limits";
import { msg } from "@/lib/i18n/message";
import { roundMoney } from "./cost-lines";
import type { PriceTable } from "./price-table";
import { estimateSettingsCost, type SettingsEstimate, type SettingsScenario } from "./settings-estimate";
import { retentionFromDays } from "./storage-lines";
import type { ResolutionTier } from "./tiers";

/**
 * What the settings estimate assumes about the app's traffic; the settings do not say how many
 * streams are recorded or for how long, so the admin adjusts these. The settings page records
 * through CSS (legacy recording), billed per output minute ("old") or, for accounts whose first
 * app predates 2020-07-01, per concurrent stream and format per month ("legacy").
 */
export interface CostAssumptions {
  streams: number;
  hoursPerStream: number;
  videoKbps: number;
  audioKbps: number;
  tier: ResolutionTier;
  regime: "old" | "legacy";
}

export const DEFAULT_COST_ASSUMPTIONS: CostAssumptions = {
  streams: 10,
  hoursPerStream: 60,
  videoKbps: 1000,
  audioKbps: 64,
  tier: "hd",
  regime: "old",
};

type NumberKey = "streams" | "hoursPerStream" | "videoKbps" | "audioKbps";
export type AssumptionText = Record<NumberKey, string> & Pick<CostAssumptions, "tier" | "regime">;

/** Bounds of the inline form: a month has at most 744 hours. `what`: the field's name, a message. */
export const ASSUMPTION_LIMITS: Record<NumberKey, { max: number; isWhole: boolean; what: string }> = {
  streams: { max: 100_000, isWhole: true, what: msg("costs.assumptions.fields.streams") },
  hoursPerStream: { max: 744, isWhole: false, what: msg("costs.assumptions.fields.hoursPerStream") },
  videoKbps: { max: 100_000, isWhole: false, what: msg("costs.assumptions.fields.videoKbps") },
  audioKbps: { max: 10_000, isWhole: false, what: msg("costs.assumptions.fields.audioKbps") },
};

export function assumptionText(assumptions: CostAssumptions): AssumptionText {
  return {
    ...assumptions,
    streams: String(assumptions.streams),
    hoursPerStream: String(assumptions.hoursPerStream),
    videoKbps: String(assumptions.videoKbps),
    audioKbps: String(assumptions.audioKbps),
  };
}

/** The inline form's text as assumptions, or a message per field that is not a number in range. */
export function parseAssumptions(
  text: AssumptionText,
): { ok: true; assumptions: CostAssumptions } | { ok: false; errors: Partial<Record<NumberKey, string>> } {
  const errors: Partial<Record<NumberKey, string>> = {};
  const values = {} as Record<NumberKey, number>;
  for (const key of Object.keys(ASSUMPTION_LIMITS) as NumberKey[]) {
    const { max, isWhole, what } = ASSUMPTION_LIMITS[key];
    const value = Number(text[key]);
    const isValid = text[key].trim() !== "" && Number.isFinite(value) && value >= 0 && value <= max;
    if (!isValid || (isWhole && !Number.isInteger(value))) {
      errors[key] = msg("costs.assumptions.outOfRange", { field: what, isWhole: String(isWhole), max });
    } else values[key] = value;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, assumptions: { ...values, tier: text.tier, regime: text.regime } };
}

/** The settings fields the estimate reads, as the form holds them (checkboxes and text). */
export interface SettingsChoice {
  enabled: boolean;
  formats: unknown;
  retentionDays: unknown;
}

/** The checked formats, whatever shape the form gives them (one value, a list, or false). */
export function formatsOf(value: unknown): RecordingFormat[] {
  const list: unknown[] = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return RECORDING_FORMATS.filter((format) => list.includes(format));
}

function retentionDaysOf(value: unknown): number | null {
  const days =
    typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  const { min, max } = RECORDING_LIMITS.retentionDays;
  return Number.isInteger(days) && days >= min && days <= max ? days : null;
}

/** Nothing recorded, nothing stored: what recording switched off (or no format) costs. */
function offEstimate(prices: PriceTable): SettingsEstimate {
  return {
    currency: prices.currency,
    lines: [],
    total: 0,
    missingPrices: [],
    gaps: [msg("costs.lines.recordingOff")],
    isComplete: true,
    monthlyGb: 0,
  };
}

function scenarioOf(choice: SettingsChoice, assumptions: CostAssumptions, retentionDays: number): SettingsScenario {
  return {
    ...assumptions,
    formats: formatsOf(choice.formats),
    retention: retentionFromDays(retentionDays),
  };
}

function estimateChoice(choice: SettingsChoice, assumptions: CostAssumptions, prices: PriceTable, days: number) {
  if (!choice.enabled || formatsOf(choice.formats).length === 0) return offEstimate(prices);
  return estimateSettingsCost(scenarioOf(choice, assumptions, days), prices);
}

export type SettingsChange =
  | { ok: true; before: SettingsEstimate; after: SettingsEstimate; change: number; hasChanged: boolean }
  | { ok: false; message: string };

/**
 * The monthly recording + storage cost at the saved settings and at the form's current ones
 * (estimateSettingsCost, the same assumptions for both), and by how much it moves. `hasChanged`:
 * recording on/off, the formats or the retention differ, the only settings that move this cost.
 */
export function settingsChange(
  saved: SettingsChoice,
  current: SettingsChoice,
  assumptions: CostAssumptions,
  prices: PriceTable,
): SettingsChange {
  const savedDays = retentionDaysOf(saved.retentionDays) ?? 0;
  const currentDays = retentionDaysOf(current.retentionDays);
  if (currentDays === null) {
    const { min, max } = RECORDING_LIMITS.retentionDays;
    // Strings, not numbers: "0–1500" as the settings form writes the bounds, without a separator.
    return { ok: false, message: msg("costs.assumptions.retention", { min: String(min), max: String(max) }) };
  }
  const before = estimateChoice(saved, assumptions, prices, savedDays);
  const after = estimateChoice(current, assumptions, prices, currentDays);
  const savedFormats = formatsOf(saved.formats).join();
  const hasChanged =
    saved.enabled !== current.enabled ||
    savedFormats !== formatsOf(current.formats).join() ||
    savedDays !== currentDays;
  return { ok: true, before, after, change: roundMoney(after.total - before.total), hasChanged };
}
