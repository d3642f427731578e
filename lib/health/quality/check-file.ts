import { msg } from "@/lib/i18n/message";
import { evaluateCheck, type CheckResult } from "./evaluate";
import { parseDetectLog } from "./parse-detect-log";
import { parseProbe } from "./parse-probe";
import { runMeasured } from "./run-measured";
import type { QualityThresholds } from "./thresholds";

/**
 * Why a check did not give a result: the media is not served yet (retry later), or it failed. The
 * message is a `msg` (stored as the file's check error, worded where it is shown).
 */
export class QualityCheckError extends Error {
  constructor(
    message: string,
    readonly notYetServed: boolean,
    readonly cpuMs: number,
  ) {
    super(message);
  }
}

export interface CheckFileOptions {
  ffmpegPath?: string;
  ffprobePath?: string;
  /** CPU seconds for the whole check (probe + decode). */
  cpuBudgetSec: number;
  /** The span the recording covered, when known. */
  coveredSec: number | null;
}

const NOT_SERVED = /Server returned (404|403)|HTTP error 404|404 Not Found/;

/**
 * Video is decoded but only 5 frames a second at 160 px wide reach the filters: freeze and black
 * need decoded frames (skipping to keyframes would miss a freeze), and the scaling bounds their cost.
 */
function detectArgs(url: string, t: QualityThresholds, hasVideo: boolean, hasAudio: boolean): string[] {
  const chains: string[] = [];
  if (hasVideo)
    chains.push(
      `[0:v:0]fps=5,scale=160:-2,split=2[qv1][qv2];[qv1]freezedetect=n=0.003:d=${t.freezeMinSec},nullsink;` +
        `[qv2]blackdetect=d=${Math.max(0.1, t.blackMinSec)}:pix_th=0.1,nullsink`,
    );
  if (hasAudio) chains.push(`[0:a:0]silencedetect=n=${t.silenceNoiseDb}dB:d=${t.silenceMinSec},anullsink`);
  return [
    "-hide_banner",
    "-nostats",
    "-nostdin",
    "-loglevel",
    "level+info",
    "-threads",
    "1",
    "-filter_threads",
    "1",
    "-i",
    url,
    "-filter_complex",
    chains.join(";"),
    "-f",
    "null",
    "-",
  ];
}

/** Checks one file by its media URL (http(s) or a path): ffprobe, then one ffmpeg pass with all detectors. */
export async function checkFile(
  url: string,
  thresholds: QualityThresholds,
  options: CheckFileOptions,
): Promise<CheckResult & { cpuMs: number }> {
  const probeRun = await runMeasured(
    options.ffprobePath ?? "ffprobe",
    ["-v", "error", "-of", "json", "-show_entries", "stream=codec_type,start_time,duration:format=duration", url],
    options.cpuBudgetSec,
  );
  if (probeRun.code !== 0)
    throw new QualityCheckError(
      msg("health.quality.errors.ffprobeFailed", {
        output: probeRun.stderr.trim().slice(0, 500) || `exit ${probeRun.code}`,
      }),
      NOT_SERVED.test(probeRun.stderr),
      probeRun.cpuMs,
    );
  const probe = parseProbe(probeRun.stdout);
  let cpuMs = probeRun.cpuMs;
  let stderr = "";
  if (probe.video || probe.audio) {
    const budgetLeft = Math.max(1, options.cpuBudgetSec - cpuMs / 1000);
    const run = await runMeasured(
      options.ffmpegPath ?? "ffmpeg",
      detectArgs(url, thresholds, !!probe.video, !!probe.audio),
      budgetLeft,
    );
    cpuMs += run.cpuMs;
    if (run.overBudget)
      throw new QualityCheckError(
        msg("health.quality.errors.overBudget", { seconds: options.cpuBudgetSec }),
        false,
        cpuMs,
      );
    if (run.code !== 0)
      throw new QualityCheckError(
        msg("health.quality.errors.ffmpegFailed", {
          output: run.stderr.trim().split("\n").slice(-3).join(" ").slice(0, 500),
        }),
        NOT_SERVED.test(run.stderr),
        cpuMs,
      );
    stderr = run.stderr;
  }
  return {
    ...evaluateCheck({ probe, log: parseDetectLog(stderr), coveredSec: options.coveredSec }, thresholds),
    cpuMs,
  };
}
