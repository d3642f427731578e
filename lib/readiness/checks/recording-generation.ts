import type { MinutesByDay } from "@/lib/costs/usage-readings";
import { RECORDING_GENERATION_LABELS, type RecordingGeneration } from "@/lib/schemas/application";
import type { ReadinessCheck } from "../check-context";
import type { CloudRecordingUsage } from "../cloud-probes";
import { FIX_URLS } from "../fix-urls";
import { formatMinutes } from "../format";
import { whyUnread, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine, ReadinessTarget } from "../types";

const total = (days: MinutesByDay): number => {
  let sum = 0;
  for (const day of days.values()) for (const minutes of day.values()) sum += minutes;
  return Math.round(sum * 10) / 10;
};

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
  const label = RECORDING_GENERATION_LABELS[target.generation];
  const title = `Recording generation: ${label.toLowerCase()} (${target.generationSource})`;
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
      detail: `TRTC's usage could not be read, so nothing was compared with the console's value. ${unread}`.trim(),
    };
  }
  const legacy = total(legacyUsage.value);
  const cloud = total(cloudUsage.value.single) + total(cloudUsage.value.multi);
  const usage = `In the last 31 days TRTC counts ${formatMinutes(cloud)} of cloud recording (DescribeRecordingUsage) and ${formatMinutes(legacy)} of legacy recording (DescribeRecordStatistic) for app ${target.sdkAppId}`;
  const other: RecordingGeneration = target.generation === "legacy" ? "cloud" : "legacy";
  const own = target.generation === "legacy" ? legacy : cloud;
  const others = target.generation === "legacy" ? cloud : legacy;
  if (others > 0 && own === 0) {
    return {
      id,
      status: "blocking",
      title: `The console treats app ${target.sdkAppId} as ${label.toLowerCase()}, but TRTC records it with ${RECORDING_GENERATION_LABELS[other].toLowerCase()}`,
      detail: `${usage}. An app has one recording generation: change this app's under Applications to ${RECORDING_GENERATION_LABELS[other].toLowerCase()} (TRTC's console shows when the app was created: on or after 2022-08-01 is cloud recording).`,
      fixUrl: FIX_URLS.trtcApplications,
    };
  }
  if (others > 0) {
    return {
      id,
      status: "warning",
      title: `TRTC counts both kinds of recording for app ${target.sdkAppId}`,
      detail: `${usage}. An app has one recording generation; check in TRTC's console when the app was created (on or after 2022-08-01: cloud recording) and the value under Applications.`,
      fixUrl: FIX_URLS.trtcApplications,
    };
  }
  return {
    id,
    status: "ok",
    title,
    detail:
      own > 0
        ? `${usage}, which agrees.`
        : `${usage}: no recording tells the generations apart yet, so the console's value stands. A cloud-recording task on a legacy app is refused with FailedOperation.CRUnsupportMethod, which the console then explains.`,
  };
}

export const recordingGenerationCheck: ReadinessCheck = async ({ probes, target }) =>
  interpretGeneration(target, await probes.recordStatistic(), await probes.cloudRecordingUsage());
