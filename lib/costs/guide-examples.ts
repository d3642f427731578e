import {
  legacyConcurrencyRecording,
  mixTranscoding,
  perMinuteRecording,
  playback,
  storage,
  type Estimate,
  type TrafficTier,
} from "./formulas";
import { msg } from "@/lib/i18n/message";
import type { PriceKey } from "./price-keys";
import type { PriceTable } from "./price-table";

/**
 * The worked examples of Tencent's guides, with the guides' own prices and results, so the
 * calculator can show them as the guide does beside what today's price book gives (issue 15:
 * the guide's playback example says 0.23 CNY/GB = 230 CNY; today's tier for 1 TB a day is 0.25).
 * The figures are the guides' exactly; guide-examples.test.ts recomputes each result from them.
 */

/**
 * The TRTC guide "实现云端录制与回放" (cloud recording and playback; titled 云端录制与回放（旧） since
 * the new recording shipped), its section 相关费用 (related costs): recording, storage, playback and
 * transcoding, one example each.
 */
const RECORDING_GUIDE = {
  title: "云端录制与回放（旧）· 相关费用",
  url: "https://cloud.tencent.com/document/product/647/16823",
} as const;

/**
 * The new (input-duration) recording price page. The reference (§6.1) read it as a repository
 * snapshot and gives no address, so none is invented here.
 */
const NEW_RECORDING_PRICES = { title: "云端录制费用说明（新） (reference §6.1)", url: null } as const;

export interface GuideSource {
  title: string;
  url: string | null;
}

/** The prices each example needs, by example. */
export interface GuideExamplePrices {
  legacyRecording: { perStreamMonth: number };
  storage: { perGbDay: number };
  playback: { tiers: TrafficTier[] };
  mixTranscoding: { perMinute: number };
  mixedRecording: { audioPer1000: number; sdPer1000: number; fhdPer1000: number };
}
export type GuideExampleId = keyof GuideExamplePrices;

export interface GuideExample<Id extends GuideExampleId = GuideExampleId> {
  id: Id;
  source: GuideSource;
  /** The guide's own prices, in CNY. */
  guidePrices: GuideExamplePrices[Id];
  /** The guide's own result, in CNY (per month for legacy recording, per day for storage). */
  guideResult: number;
}

/** The examples' inputs, the same for the guide's prices and today's. */
export const GUIDE_INPUTS = {
  legacyRecording: { peakStreams: 500, formats: 1 },
  storage: { videoKbps: 1000, audioKbps: 0, durationSeconds: 3600 },
  playback: { fileSizeGb: 1, viewers: 1000 },
  mixTranscoding: { minutes: 60 },
  /** Three inputs of one mixed task (audio only, SD, Full HD), 10 minutes each. */
  mixedRecording: { minutes: 10 },
} as const;

type Examples = { [Id in GuideExampleId]: GuideExample<Id> };

export const GUIDE_EXAMPLES: Examples = {
  legacyRecording: {
    id: "legacyRecording",
    source: RECORDING_GUIDE,
    guidePrices: { perStreamMonth: 30 },
    guideResult: 15000,
  },
  storage: { id: "storage", source: RECORDING_GUIDE, guidePrices: { perGbDay: 0.0048 }, guideResult: 0.00216 },
  playback: {
    id: "playback",
    source: RECORDING_GUIDE,
    // The guide prices the whole 1,000 GB at one price, 0.23 CNY/GB.
    guidePrices: { tiers: [{ upToGb: null, pricePerGb: 0.23 }] },
    guideResult: 230,
  },
  mixTranscoding: {
    id: "mixTranscoding",
    source: RECORDING_GUIDE,
    guidePrices: { perMinute: 0.0325 },
    guideResult: 1.95,
  },
  mixedRecording: {
    id: "mixedRecording",
    source: NEW_RECORDING_PRICES,
    guidePrices: { audioPer1000: 9, sdPer1000: 19, fhdPer1000: 79 },
    guideResult: 1.07,
  },
};

export const GUIDE_EXAMPLE_IDS = Object.keys(GUIDE_EXAMPLES) as GuideExampleId[];

const round = (value: number) => Number(value.toPrecision(12));

const CURRENCY = "CNY" as const;

const PRICERS: { [Id in GuideExampleId]: (prices: GuideExamplePrices[Id]) => Estimate } = {
  legacyRecording: ({ perStreamMonth }) =>
    legacyConcurrencyRecording({
      ...GUIDE_INPUTS.legacyRecording,
      pricePerStreamMonth: perStreamMonth,
      currency: CURRENCY,
    }),
  storage: ({ perGbDay }) => {
    const estimate = storage({
      ...GUIDE_INPUTS.storage,
      pricePerGbDay: perGbDay,
      retentionDays: 0,
      formats: 1,
      currency: CURRENCY,
    });
    // The guide's result is the cost of one day.
    return {
      amount: estimate.perDay,
      currency: CURRENCY,
      formula: estimate.formula,
      formulaMessage: estimate.formulaMessage,
    };
  },
  playback: ({ tiers }) => playback({ ...GUIDE_INPUTS.playback, tiers, currency: CURRENCY }),
  mixTranscoding: ({ perMinute }) =>
    mixTranscoding({ ...GUIDE_INPUTS.mixTranscoding, pricePerMinute: perMinute, currency: CURRENCY }),
  mixedRecording: ({ audioPer1000, sdPer1000, fhdPer1000 }) => {
    // A mixed task is charged once per input stream, each at its own tier's price.
    const parts = [audioPer1000, sdPer1000, fhdPer1000].map((price) =>
      perMinuteRecording({
        ...GUIDE_INPUTS.mixedRecording,
        pricePer1000Minutes: price,
        inputStreams: 1,
        currency: CURRENCY,
      }),
    );
    const amount = round(parts.reduce((sum, part) => sum + part.amount, 0));
    const [first = "", second = "", third = ""] = parts.map((part) => part.formulaMessage);
    return {
      amount,
      currency: CURRENCY,
      formula: parts.map((part) => part.formula).join(" + "),
      formulaMessage: msg("costs.formulas.sumOfThree", { first, second, third }),
    };
  },
};

/** One example's result at the given prices (the guide's or today's), with its arithmetic. */
export function priceGuideExample<Id extends GuideExampleId>(id: Id, prices: GuideExamplePrices[Id]): Estimate {
  return PRICERS[id](prices);
}

const TRAFFIC_TIERS: ReadonlyArray<[number | null, PriceKey]> = [
  [500, "traffic0To500Gb"],
  [2000, "traffic500GbTo2Tb"],
  [50_000, "traffic2To50Tb"],
  [100_000, "traffic50To100Tb"],
  [null, "trafficOver100Tb"],
];

/** The price book's playback tiers (those it has a price for), as the calculator uses them. */
export function trafficTiersOf(table: PriceTable): TrafficTier[] {
  return TRAFFIC_TIERS.flatMap(([upToGb, key]) => {
    const pricePerGb = table.prices[key];
    return pricePerGb === undefined ? [] : [{ upToGb, pricePerGb }];
  });
}

type TodaysPrices = { [Id in GuideExampleId]: (table: PriceTable) => GuideExamplePrices[Id] | null };

const TODAYS_PRICES: TodaysPrices = {
  legacyRecording: ({ prices }) =>
    prices.legacyRecordingPerStreamMonth === undefined
      ? null
      : { perStreamMonth: prices.legacyRecordingPerStreamMonth },
  storage: ({ prices }) => (prices.storagePerGbDay === undefined ? null : { perGbDay: prices.storagePerGbDay }),
  playback: (table) => {
    const tiers = trafficTiersOf(table);
    return tiers.length === 0 ? null : { tiers };
  },
  // The guide's transcoding is a 720p mix; the price book keeps MCU prices per 1,000 min, as Tencent lists them.
  mixTranscoding: ({ prices }) =>
    prices.mcuMixHdH264 === undefined ? null : { perMinute: round(prices.mcuMixHdH264 / 1000) },
  mixedRecording: ({ prices }) => {
    const { recordingMixedAudio: audio, recordingMixedSd: sd, recordingMixedFhd: fhd } = prices;
    return audio === undefined || sd === undefined || fhd === undefined
      ? null
      : { audioPer1000: audio, sdPer1000: sd, fhdPer1000: fhd };
  },
};

/** Today's prices for an example from the CNY price book; null when the book lacks one of them. */
export function todaysGuidePrices<Id extends GuideExampleId>(id: Id, table: PriceTable): GuideExamplePrices[Id] | null {
  return TODAYS_PRICES[id](table);
}

/** An example's prices as its sentence names them (the tier price playback falls in, not all tiers). */
export type GuidePriceValues = {
  [Id in GuideExampleId]: Id extends "mixedRecording" ? { audio: number; sd: number; fhd: number } : { price: number };
};

const PRICE_VALUES: { [Id in GuideExampleId]: (prices: GuideExamplePrices[Id]) => GuidePriceValues[Id] } = {
  legacyRecording: ({ perStreamMonth }) => ({ price: perStreamMonth }),
  storage: ({ perGbDay }) => ({ price: perGbDay }),
  playback: ({ tiers }) => ({ price: playback({ ...GUIDE_INPUTS.playback, tiers, currency: CURRENCY }).pricePerGb }),
  mixTranscoding: ({ perMinute }) => ({ price: perMinute }),
  mixedRecording: ({ audioPer1000, sdPer1000, fhdPer1000 }) => ({
    audio: audioPer1000,
    sd: sdPer1000,
    fhd: fhdPer1000,
  }),
};

export function guidePriceValues<Id extends GuideExampleId>(
  id: Id,
  prices: GuideExamplePrices[Id],
): GuidePriceValues[Id] {
  return PRICE_VALUES[id](prices);
}
