import type { RecordedTracks } from "../../recording/contracts";

/*
 * One ffmpeg writes every format of a stream's run, through the tee muxer: one slave per format,
 * each with `onfail=ignore`, so that a format whose output fails (its disk, its directory) is
 * dropped by that process while the others go on; the tee muxer says so on stderr ("Slave muxer
 * #N failed"), and the recorder restarts that format alone (run-faults.ts). The ffmpeg CLI itself
 * would stop every output of a process when one fails, which is why the formats are not plain
 * outputs of one command line.
 */

/** One slave of the tee muxer: its options (`f`, `select`, and its muxer's own) and where it writes. */
export interface RecorderOutput {
  options: ReadonlyArray<readonly [string, string]>;
  target: string;
}

/** A backslash before each special character (and the escape characters themselves) of one parsing level. */
const escapeLevel = (text: string, specials: string) =>
  text.replace(new RegExp(`[\\\\'${specials.replace(/[\]\\^-]/g, "\\$&")}]`, "g"), "\\$&");

/**
 * The tee muxer reads a slave in two levels, each undoing one level of backslashes: the slave
 * among the others (up to `|`), then each option's value (up to `:` or `]`). A value that holds
 * options of its own (segment_format_options) keeps its `:` for the muxer that reads it next.
 */
export function teeSlave(output: RecorderOutput): string {
  const pairs = output.options.map(([key, value]) => `${key}=${escapeLevel(value, ":]")}`).join(":");
  return escapeLevel(`[${pairs}:onfail=ignore]${output.target}`, "|");
}

/** Keeps the tracks a recording wants: the tee muxer takes no stream by default, so each is mapped. */
const MAPS: Record<RecordedTracks, string[]> = {
  "audio+video": ["-map", "0:v:0?", "-map", "0:a:0?"],
  audio: ["-map", "0:a:0?"],
  video: ["-map", "0:v:0?"],
};

export function recorderArgs(source: string, tracks: RecordedTracks, outputs: readonly RecorderOutput[]): string[] {
  return [
    ...["-hide_banner", "-loglevel", "error", "-nostdin"],
    // The relay sends the stream's headers first: a long probe would only delay the first write.
    ...["-analyzeduration", "500000", "-i", source],
    ...MAPS[tracks],
    ...["-c", "copy", "-f", "tee", outputs.map(teeSlave).join("|")],
  ];
}

/** The tee muxer's report of a slave it dropped: `[tee @ 0x…] Slave muxer #1 failed: <why>, continuing with …`. */
const SLAVE_FAILED = /Slave muxer #(\d+) failed: ([^\n]*?)(?:, continuing with [^\n]*)?$/gm;

/** The outputs (slave numbers) a recorder ffmpeg's stderr reports as failed, with the reason each. */
export function failedOutputsIn(stderr: string): Map<number, string> {
  const failed = new Map<number, string>();
  for (const match of stderr.matchAll(SLAVE_FAILED)) {
    const index = Number(match[1]);
    if (!failed.has(index)) failed.set(index, match[2] ?? "output failed");
  }
  return failed;
}
