/** A span a detect filter reported, in seconds into the file; `endSec` null: it lasted to the end. */
export interface DetectedSpan {
  startSec: number;
  endSec: number | null;
}

export interface DetectLog {
  silence: DetectedSpan[];
  freeze: DetectedSpan[];
  black: DetectedSpan[];
  /** Lines ffmpeg logged at error level or worse (run with `-loglevel level+info`): decode errors. */
  errors: string[];
}

const NUMBER = "(-?\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?)";
const SILENCE_START = new RegExp(`\\[silencedetect @ [^\\]]+\\].*silence_start: ${NUMBER}`);
const SILENCE_END = new RegExp(`\\[silencedetect @ [^\\]]+\\].*silence_end: ${NUMBER}`);
const FREEZE_START = new RegExp(`\\[freezedetect @ [^\\]]+\\].*freeze_start: ${NUMBER}`);
const FREEZE_END = new RegExp(`\\[freezedetect @ [^\\]]+\\].*freeze_end: ${NUMBER}`);
const BLACK = new RegExp(`\\[blackdetect @ [^\\]]+\\].*black_start:${NUMBER} black_end:${NUMBER}`);
const ERROR_LEVEL = /\[(error|fatal|panic)\]/;

/** Pairs start/end lines; a start with no end (the span ran to the end of the file) stays open. */
function collectSpans(lines: string[], start: RegExp, end: RegExp): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  let open: DetectedSpan | null = null;
  for (const line of lines) {
    const started = start.exec(line);
    if (started) {
      if (open) spans.push(open);
      open = { startSec: Number(started[1]), endSec: null };
      continue;
    }
    const ended = end.exec(line);
    if (ended && open) {
      spans.push({ startSec: open.startSec, endSec: Number(ended[1]) });
      open = null;
    }
  }
  if (open) spans.push(open);
  return spans;
}

/** Reads silencedetect/freezedetect/blackdetect and error lines from one ffmpeg pass's stderr. */
export function parseDetectLog(stderr: string): DetectLog {
  const lines = stderr.split(/\r?\n/);
  const black: DetectedSpan[] = [];
  for (const line of lines) {
    const match = BLACK.exec(line);
    if (match) black.push({ startSec: Number(match[1]), endSec: Number(match[2]) });
  }
  return {
    silence: collectSpans(lines, SILENCE_START, SILENCE_END),
    freeze: collectSpans(lines, FREEZE_START, FREEZE_END),
    black,
    errors: lines.filter((line) => ERROR_LEVEL.test(line)).map((line) => line.trim()),
  };
}
