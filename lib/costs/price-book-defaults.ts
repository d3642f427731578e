import type { Currency } from "./money";

export interface PriceEntry {
  key: PriceKey;
  label: string;
  unit: string;
  currency: Currency;
  amount: number;
  source: string;
  /** When the source was read (or last edited here), YYYY-MM-DD. */
  asOf: string;
  /** The reference could not confirm this figure from Tencent's own page. */
  unconfirmed: boolean;
}

const REFERENCE_DATE = "2026-11-01";
const CN_RECORDING = "TRTC 云端录制费用说明（新）, cloud.tencent.com (reference §6.1)";
const CSS_FAQ = "CSS billing FAQ; cloud.tencent.com 267/39137 (reference §6.1)";
const CSS_TRANSCODING = "CSS 直播转码 267/39889 (reference §6.3)";
const CSS_TRAFFIC = "CSS playback traffic 267/34175 (reference §6.3)";
const VOD_INTL = "VOD pay-as-you-go, tencentcloud.com 266/14666 (reference §6.4)";
const VOD_CN_PLACEHOLDER = "third-party note quoting cloud.tencent.com 266/14666 (reference §6.4)";

function price(
  key: PriceKey,
  label: string,
  unit: string,
  currency: Currency,
  amount: number,
  source: string,
  unconfirmed = false,
): PriceEntry {
  return { key, label, unit, currency, amount, source, asOf: REFERENCE_DATE, unconfirmed };
}

export const PRICE_KEYS = [
  "legacyRecordingPerStreamMonth",
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
  "mixTranscoding480p",
  "mixTranscoding720p",
  "mixTranscoding1080p",
  "mixTranscoding2k",
  "mixTranscoding4k",
  "storagePerGbDay",
  "traffic0To500Gb",
  "traffic500GbTo2Tb",
  "traffic2To50Tb",
  "traffic50To100Tb",
  "trafficOver100Tb",
] as const;
export type PriceKey = (typeof PRICE_KEYS)[number];

/** CNY list prices from the reference (§6); a sales contract overrides them, so admins may edit. */
export const DEFAULT_CNY_PRICES: PriceEntry[] = [
  price(
    "legacyRecordingPerStreamMonth",
    "Legacy recording, per concurrent stream and format",
    "per month",
    "CNY",
    30,
    CSS_FAQ,
  ),
  price("recordingSingleAudio", "Recording, single stream, audio", "per 1,000 min", "CNY", 3.5, CN_RECORDING),
  price("recordingSingleSd", "Recording, single stream, SD ≤ 640×480", "per 1,000 min", "CNY", 7, CN_RECORDING),
  price("recordingSingleHd", "Recording, single stream, HD ≤ 1280×720", "per 1,000 min", "CNY", 14, CN_RECORDING),
  price(
    "recordingSingleFhd",
    "Recording, single stream, Full HD ≤ 1920×1080",
    "per 1,000 min",
    "CNY",
    31,
    CN_RECORDING,
  ),
  price("recordingSingle2k", "Recording, single stream, 2K ≤ 2560×1440", "per 1,000 min", "CNY", 56, CN_RECORDING),
  price("recordingSingle4k", "Recording, single stream, 4K ≤ 4096×2176", "per 1,000 min", "CNY", 97, CN_RECORDING),
  price("recordingMixedAudio", "Recording, mixed, audio (per input stream)", "per 1,000 min", "CNY", 9, CN_RECORDING),
  price("recordingMixedSd", "Recording, mixed, SD (per input stream)", "per 1,000 min", "CNY", 19, CN_RECORDING),
  price("recordingMixedHd", "Recording, mixed, HD (per input stream)", "per 1,000 min", "CNY", 35, CN_RECORDING),
  price("recordingMixedFhd", "Recording, mixed, Full HD (per input stream)", "per 1,000 min", "CNY", 79, CN_RECORDING),
  price("recordingMixed2k", "Recording, mixed, 2K (per input stream)", "per 1,000 min", "CNY", 138, CN_RECORDING),
  price("recordingMixed4k", "Recording, mixed, 4K (per input stream)", "per 1,000 min", "CNY", 323, CN_RECORDING),
  price("mixTranscoding480p", "Mix transcoding, 480P output", "per min", "CNY", 0.016, CSS_TRANSCODING),
  price("mixTranscoding720p", "Mix transcoding, 720P output", "per min", "CNY", 0.0325, CSS_TRANSCODING),
  price("mixTranscoding1080p", "Mix transcoding, 1080P output", "per min", "CNY", 0.063, CSS_TRANSCODING),
  price("mixTranscoding2k", "Mix transcoding, 2K output", "per min", "CNY", 0.136, CSS_TRANSCODING),
  price("mixTranscoding4k", "Mix transcoding, 4K output", "per min", "CNY", 0.278, CSS_TRANSCODING),
  price("storagePerGbDay", "VOD storage, Chinese mainland", "per GB per day", "CNY", 0.0048, VOD_CN_PLACEHOLDER, true),
  // VOD's own CNY traffic tiers are not confirmed; CSS's documented playback tiers stand in.
  price("traffic0To500Gb", "Playback traffic, daily 0–500 GB", "per GB", "CNY", 0.26, CSS_TRAFFIC, true),
  price("traffic500GbTo2Tb", "Playback traffic, daily 500 GB–2 TB", "per GB", "CNY", 0.25, CSS_TRAFFIC, true),
  price("traffic2To50Tb", "Playback traffic, daily 2–50 TB", "per GB", "CNY", 0.23, CSS_TRAFFIC, true),
  price("traffic50To100Tb", "Playback traffic, daily 50–100 TB", "per GB", "CNY", 0.19, CSS_TRAFFIC, true),
  price("trafficOver100Tb", "Playback traffic, daily ≥ 100 TB", "per GB", "CNY", 0.16, CSS_TRAFFIC, true),
];

const INTL_OLD_RECORDING = "TRTC recording, intl site, output-duration regime (reference §6.1)";
const INTL_CSS_TRANSCODING = "CSS transcoding, tencentcloud.com 267/39604 (reference §6.3)";

function usd(key: PriceKey, amount: number, source: string, unconfirmed = false): PriceEntry {
  const cny = DEFAULT_CNY_PRICES.find((entry) => entry.key === key);
  if (!cny) throw new Error(`no CNY price ${key}`);
  return { ...cny, currency: "USD", amount, source, unconfirmed };
}

/**
 * USD list prices where the reference has them. The intl recording figures are those of the older
 * output-duration regime, so they are marked unconfirmed for the input-duration tiers.
 */
export const DEFAULT_USD_PRICES: PriceEntry[] = [
  usd("recordingSingleAudio", 0.499, INTL_OLD_RECORDING, true),
  usd("recordingSingleSd", 0.99, INTL_OLD_RECORDING, true),
  usd("recordingSingleHd", 1.99, INTL_OLD_RECORDING, true),
  usd("recordingSingleFhd", 7.499, INTL_OLD_RECORDING, true),
  usd("mixTranscoding480p", 0.0028, INTL_CSS_TRANSCODING),
  usd("mixTranscoding720p", 0.0057, INTL_CSS_TRANSCODING),
  usd("mixTranscoding1080p", 0.0111, INTL_CSS_TRANSCODING),
  usd("mixTranscoding2k", 0.024, INTL_CSS_TRANSCODING),
  usd("mixTranscoding4k", 0.0491, INTL_CSS_TRANSCODING),
  usd("storagePerGbDay", 0.0006, VOD_INTL),
  usd("traffic0To500Gb", 0.038, VOD_INTL),
  usd("traffic500GbTo2Tb", 0.036, VOD_INTL),
  usd("traffic2To50Tb", 0.034, VOD_INTL),
  usd("traffic50To100Tb", 0.031, VOD_INTL),
  usd("trafficOver100Tb", 0.024, VOD_INTL),
];

export const DEFAULT_PRICES: PriceEntry[] = [...DEFAULT_CNY_PRICES, ...DEFAULT_USD_PRICES];
