import { estimateCloudRecordingPerHour, estimateMixPerHour, type HourlyEstimate } from "@/lib/costs/hourly-estimate";
import type { PriceTable } from "@/lib/costs/price-table";
import { retentionFromDays } from "@/lib/costs/storage-lines";
import type { ResolutionTier } from "@/lib/costs/tiers";
import type { RecordingFormat } from "@/lib/schemas/recording-settings";
import type { MixOutput } from "@/lib/schemas/mix";
import type { StartTaskInput } from "@/lib/schemas/task";

/**
 * What a mix's or a task's form means for lib/costs' per-hour estimates (issue 8): the same
 * numbers before starting (the form) and while running (elapsed × per hour = cost so far).
 */

/** The formats and retention the app's recording settings give a mix's RecordId recording. */
export interface RecordingStorage {
  formats: readonly RecordingFormat[];
  retentionDays: number;
}

/**
 * Per hour of an MCU mix: transcoding at the output's tier, and, since a RecordId mix is recorded
 * by the legacy (CSS) path in the settings' formats, its storage over the settings' retention.
 */
export function mixHourlyEstimate(output: MixOutput, storage: RecordingStorage, prices: PriceTable): HourlyEstimate {
  return estimateMixPerHour(
    {
      output: { width: output.width, height: output.height },
      codec: "h264",
      recordedUnder: storage.formats.length > 0 ? "legacy" : null,
      stored:
        storage.formats.length > 0
          ? {
              videoKbps: output.videoBitrateKbps,
              audioKbps: output.audioBitrateKbps,
              formats: storage.formats,
              retention: retentionFromDays(storage.retentionDays),
            }
          : null,
    },
    prices,
  );
}

const MEDIA_TYPE_FORMATS: Record<StartTaskInput["mediaType"], RecordingFormat[]> = {
  0: ["mp4"],
  1: ["hls"],
  2: ["aac"],
  3: ["hls", "mp4"],
  4: ["hls", "aac"],
};

/**
 * TRTC's room queries do not say at what size each user publishes, so a task's estimate takes
 * one tier for every input (the form asks) and this bitrate for a single-stream file of it.
 */
export const ASSUMED_INPUT_KBPS: Record<ResolutionTier, number> = {
  audio: 0,
  sd: 550,
  hd: 1200,
  fhd: 2000,
  "2k": 4000,
  "4k": 8000,
};

/** Per hour of a cloud-recording task recording `inputCount` streams of `inputTier`. */
export function taskHourlyEstimate(
  input: Pick<StartTaskInput, "recordMode" | "streamType" | "mediaType" | "retentionDays" | "output">,
  inputCount: number,
  inputTier: ResolutionTier,
  prices: PriceTable,
): HourlyEstimate {
  const isAudioOnly = input.streamType === 1;
  const tier: ResolutionTier = isAudioOnly ? "audio" : inputTier;
  const isMixed = input.recordMode === "mixed";
  const audioKbps = isMixed ? input.output.audioBitrateKbps : 64;
  const videoKbps = isAudioOnly ? 0 : isMixed ? input.output.videoBitrateKbps : ASSUMED_INPUT_KBPS[tier];
  return estimateCloudRecordingPerHour(
    {
      mode: input.recordMode,
      streams: Array.from({ length: inputCount }, () => tier),
      mixTranscoding: null,
      stored: {
        videoKbps,
        audioKbps,
        formats: MEDIA_TYPE_FORMATS[input.mediaType],
        retention: retentionFromDays(input.retentionDays),
      },
    },
    prices,
  );
}
