import { msg } from "@/lib/i18n/message";
import type { PriceKey } from "./price-keys";

/** TRTC's resolution tiers, shared by recording and MCU mix-transcoding prices (reference §6.1, §6.2). */
export const RESOLUTION_TIERS = ["audio", "sd", "hd", "fhd", "2k", "4k"] as const;
export type ResolutionTier = (typeof RESOLUTION_TIERS)[number];
export type VideoCodec = "h264" | "h265";

/** Each tier's name as a message (`msg`, costs.tiers.<tier>), put into words where it is shown. */
export const TIER_LABELS: Record<ResolutionTier, string> = {
  audio: msg("costs.tiers.audio"),
  sd: msg("costs.tiers.sd"),
  hd: msg("costs.tiers.hd"),
  fhd: msg("costs.tiers.fhd"),
  "2k": msg("costs.tiers.2k"),
  "4k": msg("costs.tiers.4k"),
};

/** Upper bounds, long edge × short edge, so that a portrait 720×1280 stream is HD like 1280×720. */
const VIDEO_BOUNDS: ReadonlyArray<{ tier: ResolutionTier; longEdge: number; shortEdge: number }> = [
  { tier: "sd", longEdge: 640, shortEdge: 480 },
  { tier: "hd", longEdge: 1280, shortEdge: 720 },
  { tier: "fhd", longEdge: 1920, shortEdge: 1080 },
  { tier: "2k", longEdge: 2560, shortEdge: 1440 },
];

/**
 * The tier of a picture size: SD ≤ 640×480, HD ≤ 1280×720, Full HD ≤ 1920×1080, 2K ≤ 2560×1440,
 * 4K above (TRTC's top tier, ≤ 4096×2176, is the largest it records). No size (or 0): audio only.
 */
export function resolutionTier(size: { width: number | null; height: number | null }): ResolutionTier {
  const { width, height } = size;
  if (!width || !height || width <= 0 || height <= 0) return "audio";
  const longEdge = Math.max(width, height);
  const shortEdge = Math.min(width, height);
  return VIDEO_BOUNDS.find((bound) => longEdge <= bound.longEdge && shortEdge <= bound.shortEdge)?.tier ?? "4k";
}

const SINGLE_RECORDING: Record<ResolutionTier, PriceKey> = {
  audio: "recordingSingleAudio",
  sd: "recordingSingleSd",
  hd: "recordingSingleHd",
  fhd: "recordingSingleFhd",
  "2k": "recordingSingle2k",
  "4k": "recordingSingle4k",
};
const MIXED_RECORDING: Record<ResolutionTier, PriceKey> = {
  audio: "recordingMixedAudio",
  sd: "recordingMixedSd",
  hd: "recordingMixedHd",
  fhd: "recordingMixedFhd",
  "2k": "recordingMixed2k",
  "4k": "recordingMixed4k",
};
const OLD_RECORDING: Record<ResolutionTier, PriceKey | null> = {
  audio: "oldRecordingAudio",
  sd: "oldRecordingSd",
  hd: "oldRecordingHd",
  fhd: "oldRecordingFhd",
  "2k": null,
  "4k": null,
};
const MCU_MIX: Record<VideoCodec, Record<ResolutionTier, PriceKey>> = {
  h264: {
    audio: "mcuMixAudio",
    sd: "mcuMixSdH264",
    hd: "mcuMixHdH264",
    fhd: "mcuMixFhdH264",
    "2k": "mcuMix2kH264",
    "4k": "mcuMix4kH264",
  },
  h265: {
    audio: "mcuMixAudio",
    sd: "mcuMixSdH265",
    hd: "mcuMixHdH265",
    fhd: "mcuMixFhdH265",
    "2k": "mcuMix2kH265",
    "4k": "mcuMix4kH265",
  },
};

/** New (input-duration) recording: the price per 1,000 min of one stream, or of one input of a mix. */
export function newRecordingPriceKey(kind: "single" | "mixed", tier: ResolutionTier): PriceKey {
  return (kind === "single" ? SINGLE_RECORDING : MIXED_RECORDING)[tier];
}

/** Old (output-duration) recording; null for 2K and 4K, which that price list does not have. */
export function oldRecordingPriceKey(tier: ResolutionTier): PriceKey | null {
  return OLD_RECORDING[tier];
}

/** MCU mix transcoding (StartMCUMixTranscode), by the mix's output tier and codec. */
export function mcuMixPriceKey(tier: ResolutionTier, codec: VideoCodec): PriceKey {
  return MCU_MIX[codec][tier];
}
