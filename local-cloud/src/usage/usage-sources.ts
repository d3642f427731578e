import type { Logger } from "../core/logger";
import type { Mixer, MixRun } from "../media/mixer/mixer";
import type { FinishedFile } from "../media/recorder/recording-plan";
import type { StoredMedia } from "../recording/contracts";
import type { UsageLedger } from "./usage-ledger";
import { USAGE_METRICS, tierOf, type UsageMetric } from "./usage-tiers";

/**
 * What goes into the usage ledger, and from where: each finished recording file (CSS recording
 * and single-stream tasks, by the file's resolution), each run of a mix (MCU transcoding by the
 * output's resolution; a mixed task by each input's, as TRTC bills mixed recording per input).
 */
export function usageRecorders(ledger: UsageLedger, logger: Logger) {
  const record = (entry: Parameters<UsageLedger["record"]>[0]) =>
    ledger
      .record(entry)
      .catch((error: unknown) =>
        logger.error(
          `usage: recording ${entry.metric} failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  const file = (metric: UsageMetric) => (finished: FinishedFile, media: StoredMedia) =>
    record({
      sdkAppId: finished.record.stream.sdkAppId,
      metric,
      tier: tierOf(media.width, media.height),
      startMs: finished.startMs,
      endMs: finished.endMs,
    });
  const mixRun = async (run: MixRun) => {
    const sdkAppId = run.spec.room.sdkAppId;
    if (run.spec.identity.kind === "mcu") {
      const { encoding } = run.spec;
      const tier = encoding.isAudioOnly ? "Audio" : tierOf(encoding.width, encoding.height);
      await record({ sdkAppId, metric: USAGE_METRICS.mcuTranscoding, tier, startMs: run.startMs, endMs: run.endMs });
      return;
    }
    for (const input of run.inputs) {
      const tier = input.info.hasVideo ? tierOf(input.info.width, input.info.height) : "Audio";
      await record({ sdkAppId, metric: USAGE_METRICS.mixedRecording, tier, startMs: run.startMs, endMs: run.endMs });
    }
  };
  return {
    cssFile: file(USAGE_METRICS.legacyRecording),
    taskFile: file(USAGE_METRICS.singleRecording),
    watchMixer: (mixer: Mixer) => mixer.on("runEnded", (run) => void mixRun(run)),
  };
}
