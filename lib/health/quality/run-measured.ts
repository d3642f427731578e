import { spawn } from "node:child_process";

export interface MeasuredRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** User + system CPU of the command, as bash's `times` counts its waited-for children. */
  cpuMs: number;
  /** The CPU limit killed it (SIGXCPU / SIGKILL past `ulimit -t`). */
  overBudget: boolean;
}

const TIMES_MARKER = "__quality_check_times__";
const CLOCK = /(\d+)m(\d+(?:\.\d+)?)s/g;

/** Milliseconds from a `times` line such as `0m1.234s 0m0.050s` (user, system). */
export function parseTimesLine(line: string): number {
  let total = 0;
  for (const match of line.matchAll(CLOCK)) total += (Number(match[1]) * 60 + Number(match[2])) * 1000;
  return Math.round(total);
}

/**
 * Runs a command at the lowest priority with a CPU-seconds limit. The kernel enforces the limit
 * (RLIMIT_CPU via `ulimit -t`), and bash's `times` reports the child's CPU after it ended: Node's
 * resourceUsage only covers this process, and polling /proc would miss the last interval.
 */
export function runMeasured(command: string, args: string[], cpuBudgetSec: number): Promise<MeasuredRun> {
  const script = `ulimit -t ${Math.max(1, Math.ceil(cpuBudgetSec))}; nice -n 19 "$@"; rc=$?; echo ${TIMES_MARKER} >&2; times >&2; exit $rc`;
  const child = spawn("bash", ["-c", script, "quality-check", command, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const stderrAll = Buffer.concat(err).toString("utf8");
      const markerAt = stderrAll.lastIndexOf(TIMES_MARKER);
      const stderr = markerAt >= 0 ? stderrAll.slice(0, markerAt) : stderrAll;
      const timesLines = markerAt >= 0 ? stderrAll.slice(markerAt).split("\n").filter(Boolean) : [];
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr,
        // The second line of `times` is the children's.
        cpuMs: timesLines[2] ? parseTimesLine(timesLines[2]) : 0,
        // bash reports a child killed by signal N as 128 + N: SIGXCPU 24, SIGKILL 9.
        overBudget: code === 128 + 24 || code === 128 + 9,
      });
    });
  });
}
