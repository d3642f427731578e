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

export interface PriceItem {
  group: PriceGroup;
  label: string;
  unit: string;
}

const PER_1000 = "per 1,000 min";
const item = (group: PriceGroup, label: string, unit: string): PriceItem => ({ group, label, unit });

export const PRICE_ITEMS: Record<PriceKey, PriceItem> = {
  recordingSingleAudio: item("recording-new", "Recording, single stream, audio", PER_1000),
  recordingSingleSd: item("recording-new", "Recording, single stream, SD ≤ 640×480", PER_1000),
  recordingSingleHd: item("recording-new", "Recording, single stream, HD ≤ 1280×720", PER_1000),
  recordingSingleFhd: item("recording-new", "Recording, single stream, Full HD ≤ 1920×1080", PER_1000),
  recordingSingle2k: item("recording-new", "Recording, single stream, 2K ≤ 2560×1440", PER_1000),
  recordingSingle4k: item("recording-new", "Recording, single stream, 4K ≤ 4096×2176", PER_1000),
  recordingMixedAudio: item("recording-new", "Recording, mixed, audio (per input stream)", PER_1000),
  recordingMixedSd: item("recording-new", "Recording, mixed, SD (per input stream)", PER_1000),
  recordingMixedHd: item("recording-new", "Recording, mixed, HD (per input stream)", PER_1000),
  recordingMixedFhd: item("recording-new", "Recording, mixed, Full HD (per input stream)", PER_1000),
  recordingMixed2k: item("recording-new", "Recording, mixed, 2K (per input stream)", PER_1000),
  recordingMixed4k: item("recording-new", "Recording, mixed, 4K (per input stream)", PER_1000),
  oldRecordingAudio: item("recording-old", "Old recording, audio output", PER_1000),
  oldRecordingSd: item("recording-old", "Old recording, SD output", PER_1000),
  oldRecordingHd: item("recording-old", "Old recording, HD output", PER_1000),
  oldRecordingFhd: item("recording-old", "Old recording, Full HD output", PER_1000),
  legacyRecordingPerStreamMonth: item(
    "recording-legacy",
    "Legacy live recording, per concurrent stream and format",
    "per month",
  ),
  legacySlowLiveRecordingPerStreamMonth: item(
    "recording-legacy",
    "Legacy slow-live recording, per concurrent stream and format",
    "per month",
  ),
  mcuMixAudio: item("mcu-mix", "MCU mix transcoding, audio", PER_1000),
  mcuMixSdH264: item("mcu-mix", "MCU mix transcoding, H.264 SD ≤ 640×480", PER_1000),
  mcuMixHdH264: item("mcu-mix", "MCU mix transcoding, H.264 HD ≤ 1280×720", PER_1000),
  mcuMixFhdH264: item("mcu-mix", "MCU mix transcoding, H.264 Full HD ≤ 1920×1080", PER_1000),
  mcuMix2kH264: item("mcu-mix", "MCU mix transcoding, H.264 2K", PER_1000),
  mcuMix4kH264: item("mcu-mix", "MCU mix transcoding, H.264 4K", PER_1000),
  mcuMixSdH265: item("mcu-mix", "MCU mix transcoding, H.265 SD", PER_1000),
  mcuMixHdH265: item("mcu-mix", "MCU mix transcoding, H.265 HD", PER_1000),
  mcuMixFhdH265: item("mcu-mix", "MCU mix transcoding, H.265 Full HD", PER_1000),
  mcuMix2kH265: item("mcu-mix", "MCU mix transcoding, H.265 2K", PER_1000),
  mcuMix4kH265: item("mcu-mix", "MCU mix transcoding, H.265 4K", PER_1000),
  cssTranscoding480pH264: item("css-transcoding", "CSS transcoding, H.264 480P (≤ 640 × ≤ 480)", "per min"),
  cssTranscoding720pH264: item("css-transcoding", "CSS transcoding, H.264 720P (≤ 1280 × ≤ 720)", "per min"),
  cssTranscoding1080pH264: item("css-transcoding", "CSS transcoding, H.264 1080P (≤ 1936 × ≤ 1088)", "per min"),
  cssTranscoding2kH264: item("css-transcoding", "CSS transcoding, H.264 2K (≤ 2560 × ≤ 1440)", "per min"),
  cssTranscoding4kH264: item("css-transcoding", "CSS transcoding, H.264 4K", "per min"),
  cssTranscoding480pH265: item("css-transcoding", "CSS transcoding, H.265 480P", "per min"),
  cssTranscoding720pH265: item("css-transcoding", "CSS transcoding, H.265 720P", "per min"),
  cssTranscoding1080pH265: item("css-transcoding", "CSS transcoding, H.265 1080P", "per min"),
  cssTranscoding2kH265: item("css-transcoding", "CSS transcoding, H.265 2K", "per min"),
  cssTranscoding4kH265: item("css-transcoding", "CSS transcoding, H.265 4K", "per min"),
  storagePerGbDay: item("vod-storage", "VOD storage, Chinese mainland", "per GB per day"),
  storageOutsideMainlandPerGbDay: item("vod-storage", "VOD storage, outside the Chinese mainland", "per GB per day"),
  traffic0To500Gb: item("traffic", "VOD playback traffic, mainland, daily 0–500 GB", "per GB"),
  traffic500GbTo2Tb: item("traffic", "VOD playback traffic, mainland, daily 500 GB–2 TB", "per GB"),
  traffic2To50Tb: item("traffic", "VOD playback traffic, mainland, daily 2–50 TB", "per GB"),
  traffic50To100Tb: item("traffic", "VOD playback traffic, mainland, daily 50–100 TB", "per GB"),
  trafficOver100Tb: item("traffic", "VOD playback traffic, mainland, daily ≥ 100 TB", "per GB"),
};
