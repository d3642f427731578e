import { msg } from "@/lib/i18n/message";
import type { Currency } from "./money";
import { PRICE_ITEMS, PRICE_KEYS, type PriceGroup, type PriceKey } from "./price-keys";

export { PRICE_KEYS, type PriceKey } from "./price-keys";

export interface PriceEntry {
  key: PriceKey;
  group: PriceGroup;
  label: string;
  unit: string;
  currency: Currency;
  /** Null: the reference has no list price; an admin may enter one (e.g. from a contract). */
  amount: number | null;
  source: string;
  /** The source's own date (or the date of an admin's edit), YYYY-MM-DD; null when undated. */
  asOf: string | null;
  /** The reference marks this figure (or its absence) UNCONFIRMED. */
  unconfirmed: boolean;
}

interface Source {
  /** A message (`msg`): the price book page shows it in the viewer's language. */
  text: string;
  /** Null: the reference read an undated snapshot of the page. */
  asOf: string | null;
}

const NEW_RECORDING: Source = {
  text: msg("costs.priceBook.sources.newRecording"),
  asOf: null,
};
const OLD_RECORDING_CN: Source = {
  text: msg("costs.priceBook.sources.oldRecordingCn"),
  asOf: null,
};
const OLD_RECORDING_INTL: Source = {
  text: msg("costs.priceBook.sources.oldRecordingIntl"),
  asOf: null,
};
const LEGACY_RECORDING: Source = {
  text: msg("costs.priceBook.sources.legacyRecording"),
  asOf: "2020-09-23",
};
const MCU_CN: Source = { text: msg("costs.priceBook.sources.mcuCn"), asOf: null };
const MCU_INTL: Source = {
  text: msg("costs.priceBook.sources.mcuIntl"),
  asOf: "2023-07-12",
};
const CSS_TRANSCODING_CN: Source = {
  text: msg("costs.priceBook.sources.cssTranscodingCn"),
  asOf: "2022-06-13",
};
const CSS_TRANSCODING_INTL: Source = {
  text: msg("costs.priceBook.sources.cssTranscodingIntl"),
  asOf: "2021-04-23",
};
const VOD_INTL: Source = {
  text: msg("costs.priceBook.sources.vodIntl"),
  asOf: "2022-08-30",
};
const VOD_CN_PLACEHOLDER: Source = {
  text: msg("costs.priceBook.sources.vodCnPlaceholder"),
  asOf: "2026-06-30",
};
const CSS_TRAFFIC_FOR_VOD: Source = {
  text: msg("costs.priceBook.sources.cssTrafficForVod"),
  asOf: "2020-05-19",
};
const NO_USD_NEW_RECORDING: Source = {
  text: msg("costs.priceBook.sources.noUsdNewRecording"),
  asOf: null,
};
const NO_LIST_PRICE: Source = { text: msg("costs.priceBook.sources.noListPrice"), asOf: null };

function price(
  key: PriceKey,
  currency: Currency,
  amount: number | null,
  source: Source,
  unconfirmed = false,
): PriceEntry {
  return { key, ...PRICE_ITEMS[key], currency, amount, source: source.text, asOf: source.asOf, unconfirmed };
}

/** CNY list prices from the reference (§6); a sales contract overrides them, so admins may edit. */
const CNY_LIST: PriceEntry[] = [
  price("recordingSingleAudio", "CNY", 3.5, NEW_RECORDING),
  price("recordingSingleSd", "CNY", 7, NEW_RECORDING),
  price("recordingSingleHd", "CNY", 14, NEW_RECORDING),
  price("recordingSingleFhd", "CNY", 31, NEW_RECORDING),
  price("recordingSingle2k", "CNY", 56, NEW_RECORDING),
  price("recordingSingle4k", "CNY", 97, NEW_RECORDING),
  price("recordingMixedAudio", "CNY", 9, NEW_RECORDING),
  price("recordingMixedSd", "CNY", 19, NEW_RECORDING),
  price("recordingMixedHd", "CNY", 35, NEW_RECORDING),
  price("recordingMixedFhd", "CNY", 79, NEW_RECORDING),
  price("recordingMixed2k", "CNY", 138, NEW_RECORDING),
  price("recordingMixed4k", "CNY", 323, NEW_RECORDING),
  price("oldRecordingAudio", "CNY", 3.5, OLD_RECORDING_CN),
  price("oldRecordingSd", "CNY", 7, OLD_RECORDING_CN),
  price("oldRecordingHd", "CNY", 14, OLD_RECORDING_CN),
  price("oldRecordingFhd", "CNY", 52.5, OLD_RECORDING_CN),
  price("legacyRecordingPerStreamMonth", "CNY", 30, LEGACY_RECORDING),
  price("legacySlowLiveRecordingPerStreamMonth", "CNY", 15, LEGACY_RECORDING),
  price("mcuMixAudio", "CNY", 5.6, MCU_CN),
  price("mcuMixSdH264", "CNY", 16, MCU_CN),
  price("mcuMixHdH264", "CNY", 32.5, MCU_CN),
  price("mcuMixFhdH264", "CNY", 63, MCU_CN),
  price("mcuMix2kH264", "CNY", null, MCU_INTL, true),
  price("mcuMix4kH264", "CNY", null, MCU_INTL, true),
  price("mcuMixSdH265", "CNY", null, MCU_INTL, true),
  price("mcuMixHdH265", "CNY", null, MCU_INTL, true),
  price("mcuMixFhdH265", "CNY", null, MCU_INTL, true),
  price("mcuMix2kH265", "CNY", null, MCU_INTL, true),
  price("mcuMix4kH265", "CNY", null, MCU_INTL, true),
  price("cssTranscoding480pH264", "CNY", 0.016, CSS_TRANSCODING_CN),
  price("cssTranscoding720pH264", "CNY", 0.0325, CSS_TRANSCODING_CN),
  price("cssTranscoding1080pH264", "CNY", 0.063, CSS_TRANSCODING_CN),
  price("cssTranscoding2kH264", "CNY", 0.136, CSS_TRANSCODING_CN),
  price("cssTranscoding4kH264", "CNY", 0.278, CSS_TRANSCODING_CN),
  // The reference: "H.265 (USD only) …; CNY is UNCONFIRMED".
  price("cssTranscoding480pH265", "CNY", null, CSS_TRANSCODING_CN, true),
  price("cssTranscoding720pH265", "CNY", null, CSS_TRANSCODING_CN, true),
  price("cssTranscoding1080pH265", "CNY", null, CSS_TRANSCODING_CN, true),
  price("cssTranscoding2kH265", "CNY", null, CSS_TRANSCODING_CN, true),
  price("cssTranscoding4kH265", "CNY", null, CSS_TRANSCODING_CN, true),
  price("storagePerGbDay", "CNY", 0.0048, VOD_CN_PLACEHOLDER, true),
  price("traffic0To500Gb", "CNY", 0.26, CSS_TRAFFIC_FOR_VOD, true),
  price("traffic500GbTo2Tb", "CNY", 0.25, CSS_TRAFFIC_FOR_VOD, true),
  price("traffic2To50Tb", "CNY", 0.23, CSS_TRAFFIC_FOR_VOD, true),
  price("traffic50To100Tb", "CNY", 0.19, CSS_TRAFFIC_FOR_VOD, true),
  price("trafficOver100Tb", "CNY", 0.16, CSS_TRAFFIC_FOR_VOD, true),
];

/** USD list prices where the reference has them (tencentcloud.com). */
const USD_LIST: PriceEntry[] = [
  ...(
    [
      "recordingSingleAudio",
      "recordingSingleSd",
      "recordingSingleHd",
      "recordingSingleFhd",
      "recordingSingle2k",
      "recordingSingle4k",
      "recordingMixedAudio",
      "recordingMixedSd",
      "recordingMixedHd",
      "recordingMixedFhd",
      "recordingMixed2k",
      "recordingMixed4k",
    ] as const
  ).map((key) => price(key, "USD", null, NO_USD_NEW_RECORDING)),
  price("oldRecordingAudio", "USD", 0.499, OLD_RECORDING_INTL),
  price("oldRecordingSd", "USD", 0.99, OLD_RECORDING_INTL),
  price("oldRecordingHd", "USD", 1.99, OLD_RECORDING_INTL),
  price("oldRecordingFhd", "USD", 7.499, OLD_RECORDING_INTL),
  price("mcuMix2kH264", "USD", null, MCU_INTL, true),
  price("mcuMix4kH264", "USD", null, MCU_INTL, true),
  price("mcuMixSdH265", "USD", null, MCU_INTL, true),
  price("mcuMixHdH265", "USD", null, MCU_INTL, true),
  price("mcuMixFhdH265", "USD", null, MCU_INTL, true),
  price("mcuMix2kH265", "USD", null, MCU_INTL, true),
  price("mcuMix4kH265", "USD", null, MCU_INTL, true),
  price("cssTranscoding480pH264", "USD", 0.0028, CSS_TRANSCODING_INTL),
  price("cssTranscoding720pH264", "USD", 0.0057, CSS_TRANSCODING_INTL),
  price("cssTranscoding1080pH264", "USD", 0.0111, CSS_TRANSCODING_INTL),
  price("cssTranscoding2kH264", "USD", 0.024, CSS_TRANSCODING_INTL),
  price("cssTranscoding4kH264", "USD", 0.0491, CSS_TRANSCODING_INTL),
  price("cssTranscoding480pH265", "USD", 0.0141, CSS_TRANSCODING_INTL),
  price("cssTranscoding720pH265", "USD", 0.0275, CSS_TRANSCODING_INTL),
  price("cssTranscoding1080pH265", "USD", 0.0549, CSS_TRANSCODING_INTL),
  price("cssTranscoding2kH265", "USD", 0.1183, CSS_TRANSCODING_INTL),
  price("cssTranscoding4kH265", "USD", 0.2366, CSS_TRANSCODING_INTL),
  price("storagePerGbDay", "USD", 0.0006, VOD_INTL),
  price("storageOutsideMainlandPerGbDay", "USD", 0.0009, VOD_INTL),
  price("traffic0To500Gb", "USD", 0.038, VOD_INTL),
  price("traffic500GbTo2Tb", "USD", 0.036, VOD_INTL),
  price("traffic2To50Tb", "USD", 0.034, VOD_INTL),
  price("traffic50To100Tb", "USD", 0.031, VOD_INTL),
  price("trafficOver100Tb", "USD", 0.024, VOD_INTL),
];

/** Every key in one currency, in PRICE_KEYS order; keys the reference lacks get an empty entry. */
function complete(list: PriceEntry[], currency: Currency): PriceEntry[] {
  return PRICE_KEYS.map((key) => list.find((entry) => entry.key === key) ?? price(key, currency, null, NO_LIST_PRICE));
}

export const DEFAULT_CNY_PRICES: PriceEntry[] = complete(CNY_LIST, "CNY");
export const DEFAULT_USD_PRICES: PriceEntry[] = complete(USD_LIST, "USD");
export const DEFAULT_PRICES: PriceEntry[] = [...DEFAULT_CNY_PRICES, ...DEFAULT_USD_PRICES];
