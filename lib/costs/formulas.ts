import { msg } from "@/lib/i18n/message";
import { formatAmount, formatAmountNumber, formatNumber, type Currency } from "./money";

/** A result with the arithmetic that produced it, shown next to it in the calculator. */
export interface Estimate {
  amount: number;
  currency: Currency;
  /** The arithmetic in English, as the estimates built on these formulas show it. */
  formula: string;
  /**
   * The same arithmetic as a message (`msg`), put into the viewer's language where it is shown;
   * formulas.test.ts checks that its English is `formula`.
   */
  formulaMessage: string;
}

/** An amount as a message value: its digits with the currency's word in the viewer's language. */
export function amountMessage(value: number, currency: Currency): string {
  return msg("costs.money.amount", { value: formatAmountNumber(value), currency });
}

const round = (value: number) => Number(value.toPrecision(12));

/**
 * Legacy "live recording" billing: the month's peak of concurrent recorded streams, each format a
 * separate channel (reference §6.1). Guide: 500 streams × 30 CNY = 15,000 CNY/month.
 */
export function legacyConcurrencyRecording(input: {
  peakStreams: number;
  pricePerStreamMonth: number;
  formats: number;
  currency: Currency;
}): Estimate {
  const amount = round(input.peakStreams * input.pricePerStreamMonth * input.formats);
  return {
    amount,
    currency: input.currency,
    formula: `${formatNumber(input.peakStreams)} streams × ${formatNumber(input.pricePerStreamMonth)} ${input.currency} × ${input.formats} format${input.formats === 1 ? "" : "s"} = ${formatAmount(amount, input.currency)}/month`,
    formulaMessage: msg("costs.formulas.legacyRecording", {
      streams: formatNumber(input.peakStreams),
      price: formatNumber(input.pricePerStreamMonth),
      currency: input.currency,
      formats: input.formats,
      formatCount: String(input.formats),
      total: amountMessage(amount, input.currency),
    }),
  };
}

/**
 * Per-minute (new cloud recording) billing: minutes × price per 1,000 minutes of the tier; a mixed
 * task is charged once per input stream (reference §6.1).
 */
export function perMinuteRecording(input: {
  minutes: number;
  pricePer1000Minutes: number;
  inputStreams: number;
  currency: Currency;
}): Estimate {
  const billedMinutes = Math.ceil(input.minutes);
  const amount = round((billedMinutes / 1000) * input.pricePer1000Minutes * input.inputStreams);
  const streams = input.inputStreams === 1 ? "" : ` × ${input.inputStreams} input streams`;
  return {
    amount,
    currency: input.currency,
    formula: `${formatNumber(billedMinutes)} min ÷ 1,000 × ${formatNumber(input.pricePer1000Minutes)} ${input.currency}${streams} = ${formatAmount(amount, input.currency)}`,
    formulaMessage: msg("costs.formulas.perMinuteRecording", {
      minutes: formatNumber(billedMinutes),
      price: formatNumber(input.pricePer1000Minutes),
      currency: input.currency,
      inputs: input.inputStreams,
      inputCount: String(input.inputStreams),
      total: amountMessage(amount, input.currency),
    }),
  };
}

/** Recording size in GB (Tencent bills 1 GB = 1,000 MB): (video + audio kbps) / 8 × seconds. */
export function recordingSizeGb(input: { videoKbps: number; audioKbps: number; durationSeconds: number }): number {
  return round((((input.videoKbps + input.audioKbps) / 8) * input.durationSeconds) / 1_000_000);
}

/**
 * Storage: size × price per GB per day, per day and over the retention (× formats, each kept).
 * Guide: 1,000 kbps for an hour = 0.45 GB, × 0.0048 = 0.00216 CNY/day.
 */
export function storage(input: {
  videoKbps: number;
  audioKbps: number;
  durationSeconds: number;
  pricePerGbDay: number;
  retentionDays: number;
  formats: number;
  currency: Currency;
}): Estimate & { sizeGb: number; perDay: number } {
  const sizeGb = recordingSizeGb(input);
  const perDay = round(sizeGb * input.pricePerGbDay * input.formats);
  const amount = round(perDay * input.retentionDays);
  const formats = input.formats === 1 ? "" : ` × ${input.formats} formats`;
  return {
    sizeGb,
    perDay,
    amount,
    currency: input.currency,
    formula:
      `(${formatNumber(input.videoKbps)} + ${formatNumber(input.audioKbps)}) kbps ÷ 8 × ${formatNumber(input.durationSeconds)} s = ${formatNumber(sizeGb)} GB; ` +
      `${formatNumber(sizeGb)} GB × ${formatNumber(input.pricePerGbDay)} ${input.currency}${formats} = ${formatAmount(perDay, input.currency)}/day` +
      (input.retentionDays > 0
        ? `; × ${formatNumber(input.retentionDays)} days = ${formatAmount(amount, input.currency)}`
        : ""),
    formulaMessage: msg("costs.formulas.storage", {
      video: formatNumber(input.videoKbps),
      audio: formatNumber(input.audioKbps),
      seconds: formatNumber(input.durationSeconds),
      size: formatNumber(sizeGb),
      price: formatNumber(input.pricePerGbDay),
      currency: input.currency,
      formats: input.formats,
      formatCount: String(input.formats),
      perDay: amountMessage(perDay, input.currency),
      // 1 rather than 0 for any retention above 0, so that a retention of 0.5 days still shows.
      hasRetention: input.retentionDays > 0 ? 1 : 0,
      days: formatNumber(input.retentionDays),
      total: amountMessage(amount, input.currency),
    }),
  };
}

export interface TrafficTier {
  /** Upper bound of the tier in GB of daily traffic; null for the last, open tier. */
  upToGb: number | null;
  pricePerGb: number;
}

/**
 * Playback traffic: file size × viewers, priced at the tier the day's volume falls in (Tencent
 * prices the whole day's traffic at one tier). Guide: 1,000 viewers × 1 GB × 0.23 = 230 CNY.
 */
export function playback(input: {
  fileSizeGb: number;
  viewers: number;
  tiers: TrafficTier[];
  currency: Currency;
}): Estimate & {
  trafficGb: number;
  pricePerGb: number;
} {
  const trafficGb = round(input.fileSizeGb * input.viewers);
  const tier =
    input.tiers.find((candidate) => candidate.upToGb === null || trafficGb <= candidate.upToGb) ?? input.tiers.at(-1);
  const pricePerGb = tier?.pricePerGb ?? 0;
  const amount = round(trafficGb * pricePerGb);
  return {
    trafficGb,
    pricePerGb,
    amount,
    currency: input.currency,
    formula: `${formatNumber(input.viewers)} viewers × ${formatNumber(input.fileSizeGb)} GB × ${formatNumber(pricePerGb)} ${input.currency}/GB = ${formatAmount(amount, input.currency)}`,
    formulaMessage: msg("costs.formulas.playback", {
      viewers: formatNumber(input.viewers),
      size: formatNumber(input.fileSizeGb),
      price: formatNumber(pricePerGb),
      currency: input.currency,
      total: amountMessage(amount, input.currency),
    }),
  };
}

/** Mix transcoding: minutes × price per minute of the output tier. Guide: 0.0325 × 60 = 1.95 CNY. */
export function mixTranscoding(input: { minutes: number; pricePerMinute: number; currency: Currency }): Estimate {
  const billedMinutes = Math.max(1, Math.ceil(input.minutes));
  const amount = round(billedMinutes * input.pricePerMinute);
  return {
    amount,
    currency: input.currency,
    formula: `${formatNumber(input.pricePerMinute)} ${input.currency}/min × ${formatNumber(billedMinutes)} min = ${formatAmount(amount, input.currency)}`,
    formulaMessage: msg("costs.formulas.mixTranscoding", {
      price: formatNumber(input.pricePerMinute),
      currency: input.currency,
      minutes: formatNumber(billedMinutes),
      total: amountMessage(amount, input.currency),
    }),
  };
}
