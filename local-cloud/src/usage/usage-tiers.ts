/**
 * Resolution tiers of TRTC's usage statistics (reference §2.5, §6.1): audio only, SD ≤ 640×480,
 * HD ≤ 1280×720, Full HD ≤ 1920×1080, 2K ≤ 2560×1440, 4K above. A picture fits a tier when its long
 * edge and its short edge both fit.
 */
export type UsageTier = "Audio" | "SD" | "HD" | "FullHD" | "2K" | "4K";

export const USAGE_TIERS: readonly UsageTier[] = ["Audio", "SD", "HD", "FullHD", "2K", "4K"];

const VIDEO_TIERS: Array<[UsageTier, number, number]> = [
  ["SD", 640, 480],
  ["HD", 1280, 720],
  ["FullHD", 1920, 1080],
  ["2K", 2560, 1440],
];

/** The tier of a picture (0×0, or no video, is audio). */
export function tierOf(width: number, height: number): UsageTier {
  if (width <= 0 || height <= 0) return "Audio";
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  return VIDEO_TIERS.find(([, maxLong, maxShort]) => long <= maxLong && short <= maxShort)?.[0] ?? "4K";
}

/** Usage metrics kept in the ledger, one per usage action family. */
export const USAGE_METRICS = {
  /** CreateCloudRecording, one file per stream (DescribeRecordingUsage MixType "single"). */
  singleRecording: "record-single",
  /** CreateCloudRecording mixed: per input stream (MixType "multi"). */
  mixedRecording: "record-multi",
  /** Legacy CSS recording of TRTC streams (DescribeRecordStatistic). */
  legacyRecording: "record-legacy",
  /** StartMCUMixTranscode output (DescribeMixTranscodingUsage, DescribeTrtcMcuTranscodeTime). */
  mcuTranscoding: "mcu-transcode",
} as const;
export type UsageMetric = (typeof USAGE_METRICS)[keyof typeof USAGE_METRICS];
