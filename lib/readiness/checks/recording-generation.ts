import type { MinutesByDay } from "@/lib/costs/usage-readings";
import { msg } from "@/lib/i18n/message";
import type { RecordingGeneration } from "@/lib/schemas/application";
import type { ReadinessCheck } from "../check-context";
import type { CloudRecordingUsage } from "../cloud-probes";
import { FIX_URLS } from "../fix-urls";
import { formatMinutes, sentences } from "../format";
import { whyUnread, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine, ReadinessTarget } from "../types";

const total = (days: MinutesByDay): number => {
  let sum = 0;
  for (const day of days.values()) for (const minutes of day.values()) sum += minutes;
  return Math.round(sum * 10) / 10;
};

const K = "readiness.checks.recordingGeneration";

/**
 * The app's recording generation as the console has it, against what TRTC billed it in the last 31
 * days: cloud-recording minutes (DescribeRecordingUsage) come only from CreateCloudRecording
 * tasks, legacy ones (DescribeRecordStatistic) only from CSS recording of the relayed streams, and
 * an app has one generation (FAQ 647/62620). No read names the generation itself, so without
 * recordings the console's value stands.
 */
export function interpretGeneration(
  target: Pick<ReadinessTarget, "sdkAppId" | "generation" | "generationSource">,
  legacyUsage: ProbeOutcome<MinutesByDay>,
  cloudUsage: ProbeOutcome<CloudRecordingUsage>,
): ReadinessLine {
  const id = "recording-generation";
  const app = String(target.sdkAppId);
  const title = msg(`${K}.title`, { generation: target.generation, source: target.generationSource });
  if (!legacyUsage.ok || !cloudUsage.ok) {
    const unread = legacyUsage.ok
      ? cloudUsage.ok
        ? ""
        : whyUnread(cloudUsage.failure, "trtc:DescribeRecordingUsage")
      : whyUnread(legacyUsage.failure, "trtc:DescribeRecordStatistic");
    return {
      id,
      status: "ok",
      title,
      detail: sentences(msg(`${K}.usageUnread`), unread),
    };
  }
  const legacy = total(legacyUsage.value);
  const cloud = total(cloudUsage.value.single) + total(cloudUsage.value.multi);
  const usage = { cloud: formatMinutes(cloud), legacy: formatMinutes(legacy), sdkAppId: app };
  const other: RecordingGeneration = target.generation === "legacy" ? "cloud" : "legacy";
  const own = target.generation === "legacy" ? legacy : cloud;
  const others = target.generation === "legacy" ? cloud : legacy;
  if (others > 0 && own === 0) {
    return {
      id,
      status: "blocking",
      title: msg(`${K}.mismatchTitle`, { sdkAppId: app, generation: target.generation, other }),
      detail: msg(`${K}.mismatchDetail`, { ...usage, other }),
      fixUrl: FIX_URLS.trtcApplications,
    };
  }
  if (others > 0) {
    return {
      id,
      status: "warning",
      title: msg(`${K}.bothTitle`, { sdkAppId: app }),
      detail: msg(`${K}.bothDetail`, usage),
      fixUrl: FIX_URLS.trtcApplications,
    };
  }
  return {
    id,
    status: "ok",
    title,
    detail: msg(own > 0 ? `${K}.agrees` : `${K}.noneYet`, usage),
  };
}

export const recordingGenerationCheck: ReadinessCheck = async ({ probes, target }) =>
  interpretGeneration(target, await probes.recordStatistic(), await probes.cloudRecordingUsage());
