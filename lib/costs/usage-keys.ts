import type { PriceKey } from "./price-keys";

/**
 * The `UsageKey`s of TRTC's usage APIs and the price each is billed at, key by key (reference
 * §2.5). A key not listed here is reported as unknown by the aggregation, never priced at 0: when
 * Tencent adds one, it belongs here.
 */
export const RECORDING_USAGE_PRICES: Record<"single" | "multi", ReadonlyMap<string, PriceKey>> = {
  // DescribeRecordingUsage, MixType "single"; keys as in the tccli example.
  single: new Map<string, PriceKey>([
    ["Audio", "recordingSingleAudio"],
    ["SD", "recordingSingleSd"],
    ["HD", "recordingSingleHd"],
    ["FullHD", "recordingSingleFhd"],
    ["2K", "recordingSingle2k"],
    ["4K", "recordingSingle4k"],
  ]),
  // MixType "multi": the minutes are input-stream minutes, each billed at the mixed price.
  multi: new Map<string, PriceKey>([
    ["Audio", "recordingMixedAudio"],
    ["SD", "recordingMixedSd"],
    ["HD", "recordingMixedHd"],
    ["FullHD", "recordingMixedFhd"],
    ["2K", "recordingMixed2k"],
    ["4K", "recordingMixed4k"],
  ]),
};

/**
 * DescribeRecordStatistic: the legacy (CSS) recording of TRTC streams, which is what the settings
 * page sets up, in seconds by output class (reference §2.5), billed at the old output-duration
 * prices (§6.1). Fields are read by name, so one Tencent adds shows up as unknown, not as 0.
 */
export const RECORD_STATISTIC_PRICES: ReadonlyMap<string, PriceKey> = new Map<string, PriceKey>([
  ["AudioTime", "oldRecordingAudio"],
  ["Class1VideoTime", "oldRecordingSd"],
  ["Class2VideoTime", "oldRecordingHd"],
  ["Class3VideoTime", "oldRecordingFhd"],
]);

/** DescribeMixTranscodingUsage: MCU mix transcoding by output tier and codec (reference §6.2). */
export const MIX_TRANSCODING_USAGE_PRICES: ReadonlyMap<string, PriceKey> = new Map<string, PriceKey>([
  ["Audio", "mcuMixAudio"],
  ["SDH264", "mcuMixSdH264"],
  ["HDH264", "mcuMixHdH264"],
  ["FullHDH264", "mcuMixFhdH264"],
  ["2KH264", "mcuMix2kH264"],
  ["4KH264", "mcuMix4kH264"],
  ["SDH265", "mcuMixSdH265"],
  ["HDH265", "mcuMixHdH265"],
  ["FullHDH265", "mcuMixFhdH265"],
  ["2KH265", "mcuMix2kH265"],
  ["4KH265", "mcuMix4kH265"],
]);

/**
 * VOD playback traffic tiers by the day's volume (1 TB = 1,000 GB); the whole day's traffic is
 * priced at the tier its volume falls in.
 */
const TRAFFIC_TIERS: ReadonlyArray<{ upToGb: number | null; priceKey: PriceKey }> = [
  { upToGb: 500, priceKey: "traffic0To500Gb" },
  { upToGb: 2_000, priceKey: "traffic500GbTo2Tb" },
  { upToGb: 50_000, priceKey: "traffic2To50Tb" },
  { upToGb: 100_000, priceKey: "traffic50To100Tb" },
  { upToGb: null, priceKey: "trafficOver100Tb" },
];

/** The traffic price a day with `dailyGb` of playback is billed at. */
export function trafficPriceKey(dailyGb: number): PriceKey {
  const tier = TRAFFIC_TIERS.find((candidate) => candidate.upToGb === null || dailyGb <= candidate.upToGb);
  return tier?.priceKey ?? "trafficOver100Tb";
}
