/**
 * `node --conditions=react-server --import tsx bench/health/quality-check.ts [runs=3] [minutes=60] [hls]`:
 * the recording quality check (`checkFile`, as the check worker calls it, with the worker's CPU
 * budget) on a long 720p recording served over HTTP on 127.0.0.1, side by side with bare
 * commands reading the same URL: ffprobe alone and a plain decode to a null output. Each round
 * runs every command once, the check first (so a cold page cache costs the check, not the
 * baselines); medians over `runs` rounds, ratios taken within a round. A round of the 1-hour
 * file takes 3–4 min on a 2-core machine (twice that with `hls`, which adds the same on a VOD HLS
 * copy of the file).
 * The react-server condition lets the worker's `server-only` module load outside Next.
 */
import os from "node:os";
import path from "node:path";
import { checkFile, QualityCheckError } from "@/lib/health/quality/check-file";
import { cpuBudgetSec } from "@/lib/health/quality/check-worker";
import { runMeasured } from "@/lib/health/quality/run-measured";
import { messageText } from "@/lib/i18n/message-text";
import { DEFAULT_QUALITY_THRESHOLDS } from "@/lib/health/quality/thresholds";
import { formatTable, median } from "../shared/stats";
import { CACHE_DIR, longRecording } from "./long-recording";
import { startMediaServer, type MediaServer } from "./media-server";

const FFMPEG = process.env.FFMPEG_PATH ?? "ffmpeg";
const FFPROBE = process.env.FFPROBE_PATH ?? "ffprobe";
/** The baselines get no CPU limit to speak of (RLIMIT_CPU of a day). */
const NO_LIMIT_SEC = 86_400;

const positiveInteger = (raw: string | undefined, fallback: number) => {
  const value = Number(raw ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`expected a positive whole number, got ${raw}`);
  return value;
};

interface Measured {
  wallSeconds: number;
  cpuSeconds: number;
  requests: number;
  megabytes: number;
  /** What the command found or how it failed, for the log. */
  outcome: string;
}

type Command = { label: string; run: (url: string) => Promise<{ cpuMs: number; outcome: string }> };

/**
 * The baselines run through the check's own runner (nice 19, CPU counted by bash's `times` after
 * the command ended), so both sides are measured alike; only the command differs.
 */
const bare = (label: string, command: string, args: (url: string) => string[]): Command => ({
  label,
  run: async (url) => {
    const result = await runMeasured(command, args(url), NO_LIMIT_SEC);
    if (result.code !== 0) throw new Error(`${label} failed (${result.code}): ${result.stderr.trim().slice(-500)}`);
    return { cpuMs: result.cpuMs, outcome: `exit ${result.code}` };
  },
});

const ffprobeAlone = bare("ffprobe alone", FFPROBE, (url) => [
  ...["-v", "error", "-of", "json", "-show_entries", "stream=codec_type,start_time,duration:format=duration", url],
]);
const bareDecode = bare("bare decode", FFMPEG, (url) => [
  ...["-hide_banner", "-nostats", "-nostdin", "-loglevel", "error", "-i", url, "-f", "null", "-"],
]);
const bareDecodeOneThread = bare("bare decode, 1 thread", FFMPEG, (url) => [
  ...["-hide_banner", "-nostats", "-nostdin", "-loglevel", "error", "-threads", "1", "-i", url, "-f", "null", "-"],
]);

const qualityCheck = (seconds: number): Command => ({
  label: "quality check",
  run: async (url) => {
    try {
      const result = await checkFile(
        url,
        { ...DEFAULT_QUALITY_THRESHOLDS },
        {
          cpuBudgetSec: cpuBudgetSec(seconds),
          coveredSec: seconds,
        },
      );
      const kinds = result.problems.map((problem) => problem.kind);
      return {
        cpuMs: result.cpuMs,
        outcome: `${result.measurements.durationSec ?? "?"} s, problems: ${kinds.join(", ") || "none"}`,
      };
    } catch (error) {
      // Over budget or failed: still a figure (the CPU it used until then), and said so.
      if (error instanceof QualityCheckError)
        return { cpuMs: error.cpuMs, outcome: `FAILED: ${messageText(error.message)}` };
      throw error;
    }
  },
});

async function measure(server: MediaServer, command: Command, url: string): Promise<Measured> {
  server.takeTraffic();
  const startedAt = performance.now();
  const { cpuMs, outcome } = await command.run(url);
  const wallSeconds = (performance.now() - startedAt) / 1000;
  const traffic = server.takeTraffic();
  return { wallSeconds, cpuSeconds: cpuMs / 1000, requests: traffic.requests, megabytes: traffic.bytes / 1e6, outcome };
}

/** Three significant digits: ffprobe's fraction of a second and the decodes' minutes in one column. */
const figure = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3));

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

async function main(): Promise<void> {
  const runs = positiveInteger(process.argv[2], 3);
  const seconds = positiveInteger(process.argv[3], 60) * 60;
  const withHls = process.argv[4] === "hls";

  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}; load average ${load()} (1, 5, 15 min)`);
  const recording = await longRecording(FFMPEG, seconds, withHls);
  console.log(
    recording.generatedSeconds >= 1
      ? `generated the ${seconds} s recording in ${recording.generatedSeconds.toFixed(0)} s (cached in ${CACHE_DIR})`
      : `the ${seconds} s recording came from the cache (${CACHE_DIR})`,
  );

  const server = await startMediaServer(CACHE_DIR);
  const urlOf = (file: string) => `${server.base}/${path.relative(CACHE_DIR, file).split(path.sep).join("/")}`;
  const sources = [{ format: "MP4", url: urlOf(recording.mp4Path) }];
  if (recording.hlsPlaylist) sources.push({ format: "HLS", url: urlOf(recording.hlsPlaylist) });
  const commands = [qualityCheck(seconds), ffprobeAlone, bareDecode, bareDecodeOneThread];
  const results = new Map<string, Measured[]>();
  const startedAt = performance.now();
  try {
    for (let round = 1; round <= runs; round += 1)
      for (const source of sources)
        for (const command of commands) {
          const measured = await measure(server, command, source.url);
          const key = `${source.format}\t${command.label}`;
          results.set(key, [...(results.get(key) ?? []), measured]);
          console.log(
            `round ${round}, ${source.format}, ${command.label}: ${figure(measured.wallSeconds)} s wall, ` +
              `${figure(measured.cpuSeconds)} s CPU, ${measured.requests} requests, ` +
              `${measured.megabytes.toFixed(0)} MB; ${measured.outcome}; load ${load()}`,
          );
        }
  } finally {
    await server.close();
  }

  console.log(
    `\n${runs} round(s) in ${((performance.now() - startedAt) / 1000).toFixed(0)} s; the check's CPU budget: ` +
      `${cpuBudgetSec(seconds)} s; load average now ${load()}\n`,
  );
  const rows: string[][] = [];
  for (const source of sources) {
    const of = (label: string) => results.get(`${source.format}\t${label}`) ?? [];
    // Ratios are taken round by round, then their median: the machine's speed drifts between rounds.
    const pairedRatio = (measured: Measured[], baseline: Measured[], figureOf: (run: Measured) => number) =>
      median(
        measured.map((run, round) => {
          const base = baseline[round];
          return base ? figureOf(run) / figureOf(base) : Number.NaN;
        }),
      );
    const cpuOf = (run: Measured) => run.cpuSeconds;
    for (const command of commands) {
      const measured = of(command.label);
      const cpu = median(measured.map(cpuOf));
      rows.push([
        source.format,
        command.label,
        figure(median(measured.map((run) => run.wallSeconds))),
        figure(cpu),
        figure((cpu / seconds) * 1000),
        figure(pairedRatio(measured, of(bareDecode.label), cpuOf)),
        figure(pairedRatio(measured, of(bareDecodeOneThread.label), cpuOf)),
        figure(pairedRatio(measured, of(bareDecode.label), (run) => run.wallSeconds)),
        median(measured.map((run) => run.megabytes)).toFixed(0),
      ]);
    }
  }
  console.log(
    formatTable(
      [
        "file",
        "command",
        "wall s",
        "CPU s",
        "CPU ms/s of media",
        "CPU ÷ bare",
        "CPU ÷ bare 1 thread",
        "wall ÷ bare",
        "MB read",
      ],
      rows,
    ),
  );
  for (const source of sources) {
    const checks = results.get(`${source.format}\t${qualityCheck(seconds).label}`) ?? [];
    const share = median(checks.map((run) => run.cpuSeconds)) / cpuBudgetSec(seconds);
    console.log(`${source.format}: the check used ${(share * 100).toFixed(1)} % of its CPU budget (median)`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
