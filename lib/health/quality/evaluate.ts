import type { FileProblem } from "@/lib/db/schema";
import { msg } from "@/lib/i18n/message";
import type { DetectLog, DetectedSpan } from "./parse-detect-log";
import type { ProbeFacts } from "./parse-probe";
import type { QualityThresholds } from "./thresholds";

export interface CheckInput {
  probe: ProbeFacts;
  log: DetectLog;
  /** The span the recording covered (callback/VOD), when known. */
  coveredSec: number | null;
}

export interface CheckResult {
  /** Each problem's `detail` is a `msg` (stored, and worded where the file's page shows it). */
  problems: FileProblem[];
  measurements: Record<string, number | boolean | null>;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function longSpans(kind: string, spans: DetectedSpan[], endOfFile: number | null, minSec: number): FileProblem[] {
  return spans.flatMap((span) => {
    const end = span.endSec ?? endOfFile;
    const length = end === null ? null : end - span.startSec;
    if (length === null || length < minSec) return [];
    return [
      {
        kind,
        startSec: round(span.startSec),
        endSec: round(end ?? span.startSec),
        detail: msg("health.quality.details.length", { seconds: round(length) }),
      },
    ];
  });
}

/** The problems one file has by the thresholds, and the measurements they were judged on. */
export function evaluateCheck(input: CheckInput, thresholds: QualityThresholds): CheckResult {
  const { probe, log, coveredSec } = input;
  const problems: FileProblem[] = [];
  const duration = probe.durationSec;
  if (!probe.video)
    problems.push({ kind: "no_video", startSec: null, endSec: null, detail: msg("health.quality.details.noVideo") });
  if (!probe.audio)
    problems.push({ kind: "no_audio", startSec: null, endSec: null, detail: msg("health.quality.details.noAudio") });

  const missingSec = coveredSec !== null && duration !== null ? coveredSec - duration : null;
  if (missingSec !== null && missingSec >= thresholds.truncationMinSec)
    problems.push({
      kind: "truncated",
      startSec: duration === null ? null : round(duration),
      endSec: null,
      detail: msg("health.quality.details.truncated", { missing: round(missingSec), covered: round(coveredSec ?? 0) }),
    });

  const offsetSec =
    probe.audio?.startSec != null && probe.video?.startSec != null ? probe.audio.startSec - probe.video.startSec : null;
  if (offsetSec !== null && Math.abs(offsetSec) >= thresholds.offsetMinSec)
    problems.push({
      kind: "av_offset",
      startSec: 0,
      endSec: null,
      detail: msg("health.quality.details.avOffset", { seconds: round(offsetSec) }),
    });
  const driftSec =
    probe.audio?.durationSec != null && probe.video?.durationSec != null
      ? probe.audio.durationSec - probe.video.durationSec
      : null;
  if (driftSec !== null && Math.abs(driftSec) >= thresholds.driftMinSec)
    problems.push({
      kind: "av_drift",
      startSec: null,
      endSec: null,
      detail: msg("health.quality.details.avDrift", { seconds: round(driftSec) }),
    });

  problems.push(...longSpans("silence", log.silence, duration, thresholds.silenceMinSec));
  problems.push(...longSpans("frozen", log.freeze, duration, thresholds.freezeMinSec));
  problems.push(...longSpans("black", log.black, duration, thresholds.blackMinSec));
  if (log.errors.length > 0)
    problems.push({
      kind: "decode_errors",
      startSec: null,
      endSec: null,
      detail: msg("health.quality.details.decodeErrors", {
        count: log.errors.length,
        first: (log.errors[0] ?? "").slice(0, 450),
      }),
    });

  return {
    problems,
    measurements: {
      durationSec: duration,
      coveredSec,
      missingSec: missingSec === null ? null : round(missingSec),
      offsetSec: offsetSec === null ? null : round(offsetSec),
      driftSec: driftSec === null ? null : round(driftSec),
      hasVideo: probe.video !== null,
      hasAudio: probe.audio !== null,
      decodeErrors: log.errors.length,
    },
  };
}
