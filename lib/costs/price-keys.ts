import { msg } from "@/lib/i18n/message";

/**
 * Every price the console knows, by what it bills. Keys are stored in `price_overrides.key`, so
 * renaming one orphans admins' edits of it.
 */
export const PRICE_KEYS = [
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
  "oldRecordingAudio",
  "oldRecordingSd",
  "oldRecordingHd",
  "oldRecordingFhd",
  "legacyRecordingPerStreamMonth",
  "legacySlowLiveRecordingPerStreamMonth",
  "mcuMixAudio",
  "mcuMixSdH264",
  "mcuMixHdH264",
  "mcuMixFhdH264",
  "mcuMix2kH264",
  "mcuMix4kH264",
  "mcuMixSdH265",
  "mcuMixHdH265",
  "mcuMixFhdH265",
  "mcuMix2kH265",
  "mcuMix4kH265",
  "cssTranscoding480pH264",
  "cssTranscoding720pH264",
  "cssTranscoding1080pH264",
  "cssTranscoding2kH264",
  "cssTranscoding4kH264",
  "cssTranscoding480pH265",
  "cssTranscoding720pH265",
  "cssTranscoding1080pH265",
  "cssTranscoding2kH265",
  "cssTranscoding4kH265",
  "storagePerGbDay",
  "storageOutsideMainlandPerGbDay",
  "traffic0To500Gb",
  "traffic500GbTo2Tb",
  "traffic2To50Tb",
  "traffic50To100Tb",
  "trafficOver100Tb",
] as const;
export type PriceKey = (typeof PRICE_KEYS)[number];

/** What a price bills; the price book page shows one section per group, in this order. */
export const PRICE_GROUPS = [
  "recording-new",
  "recording-old",
  "recording-legacy",
  "mcu-mix",
  "css-transcoding",
  "vod-storage",
  "traffic",
] as const;
export type PriceGroup = (typeof PRICE_GROUPS)[number];

/** What a price is per; the price book page names it in the viewer's language (costs.priceUnits). */
export type PriceUnit = "per 1,000 min" | "per month" | "per min" | "per GB per day" | "per GB";

export interface PriceItem {
  group: PriceGroup;
  /** A message (`msg`): costs.priceBook.items.<key>, put into words where it is shown. */
  label: string;
  unit: PriceUnit;
}

const PER_1000 = "per 1,000 min";
const item = (group: PriceGroup, unit: PriceUnit): Omit<PriceItem, "label"> => ({ group, unit });

const ITEMS: Record<PriceKey, Omit<PriceItem, "label">> = {
  recordingSingleAudio: item("recording-new", PER_1000),
  recordingSingleSd: item("recording-new", PER_1000),
  recordingSingleHd: item("recording-new", PER_1000),
  recordingSingleFhd: item("recording-new", PER_1000),
  recordingSingle2k: item("recording-new", PER_1000),
  recordingSingle4k: item("recording-new", PER_1000),
  recordingMixedAudio: item("recording-new", PER_1000),
  recordingMixedSd: item("recording-new", PER_1000),
  recordingMixedHd: item("recording-new", PER_1000),
  recordingMixedFhd: item("recording-new", PER_1000),
  recordingMixed2k: item("recording-new", PER_1000),
  recordingMixed4k: item("recording-new", PER_1000),
  oldRecordingAudio: item("recording-old", PER_1000),
  oldRecordingSd: item("recording-old", PER_1000),
  oldRecordingHd: item("recording-old", PER_1000),
  oldRecordingFhd: item("recording-old", PER_1000),
  legacyRecordingPerStreamMonth: item("recording-legacy", "per month"),
  legacySlowLiveRecordingPerStreamMonth: item("recording-legacy", "per month"),
  mcuMixAudio: item("mcu-mix", PER_1000),
  mcuMixSdH264: item("mcu-mix", PER_1000),
  mcuMixHdH264: item("mcu-mix", PER_1000),
  mcuMixFhdH264: item("mcu-mix", PER_1000),
  mcuMix2kH264: item("mcu-mix", PER_1000),
  mcuMix4kH264: item("mcu-mix", PER_1000),
  mcuMixSdH265: item("mcu-mix", PER_1000),
  mcuMixHdH265: item("mcu-mix", PER_1000),
  mcuMixFhdH265: item("mcu-mix", PER_1000),
  mcuMix2kH265: item("mcu-mix", PER_1000),
  mcuMix4kH265: item("mcu-mix", PER_1000),
  cssTranscoding480pH264: item("css-transcoding", "per min"),
  cssTranscoding720pH264: item("css-transcoding", "per min"),
  cssTranscoding1080pH264: item("css-transcoding", "per min"),
  cssTranscoding2kH264: item("css-transcoding", "per min"),
  cssTranscoding4kH264: item("css-transcoding", "per min"),
  cssTranscoding480pH265: item("css-transcoding", "per min"),
  cssTranscoding720pH265: item("css-transcoding", "per min"),
  cssTranscoding1080pH265: item("css-transcoding", "per min"),
  cssTranscoding2kH265: item("css-transcoding", "per min"),
  cssTranscoding4kH265: item("css-transcoding", "per min"),
  storagePerGbDay: item("vod-storage", "per GB per day"),
  storageOutsideMainlandPerGbDay: item("vod-storage", "per GB per day"),
  traffic0To500Gb: item("traffic", "per GB"),
  traffic500GbTo2Tb: item("traffic", "per GB"),
  traffic2To50Tb: item("traffic", "per GB"),
  traffic50To100Tb: item("traffic", "per GB"),
  trafficOver100Tb: item("traffic", "per GB"),
};

/** Each price's group, unit and name; the name is its catalog message (costs.priceBook.items). */
export const PRICE_ITEMS = Object.fromEntries(
  PRICE_KEYS.map((key) => [key, { ...ITEMS[key], label: msg(`costs.priceBook.items.${key}`) }]),
) as Record<PriceKey, PriceItem>;
