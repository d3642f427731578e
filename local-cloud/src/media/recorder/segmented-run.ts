import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { RecordingFormat } from "../../recording/contracts";
import type { RecorderOutput } from "./recorder-args";
import { EXTENSION } from "./recording-formats";

/*
 * MP4, FLV and AAC are split at RecordInterval by ffmpeg's segment muxer: in each publish (a "run")
 * each such format's output (a tee slave of the run's ffmpeg, recorder-args.ts) is cut into one file
 * per interval, at the first keyframe (for AAC, the first audio frame) at or after each boundary of
 * the media's own timeline. Each packet lands in exactly one file, so consecutive files meet with no
 * gap and no overlap, and the segment list it appends to as each file is complete gives the media
 * time each file holds, from which the file's start and end times are derived.
 *
 * Why not one ffmpeg per file, started ahead of the boundary so that no media is lost: the relay
 * gives a new player its cached GOP, so each such file began with up to a GOP plus ffmpeg's start-up
 * of the previous one's media, and trimming that afterwards needs timestamps that ADTS does not
 * have and a guess of where the publisher's timeline put the boundary. The segment muxer never
 * writes a packet twice, does not depend on how fast a second ffmpeg starts, and runs half as many
 * processes at a split.
 */

export const SEGMENT_LIST = "segments.csv";
/** `-segment_time` when a format is not split: longer than any recording. */
const NO_SPLIT_SECONDS = 10 * 365 * 86_400;

/** A piece that is one segment of a run's output. */
export interface SegmentRef {
  /** The run's directory: its segment files and segment list. */
  dir: string;
  index: number;
  /** Unix ms at media time 0 of the run's timeline (the run's start less the offset it was given). */
  anchorMs: number;
  /** Set once the run is over and this is the last segment it wrote. */
  isLast?: boolean;
}

export interface ListedSegment {
  index: number;
  startSeconds: number;
  endSeconds: number;
}

export const segmentFile = (dir: string, format: RecordingFormat, index: number) =>
  path.join(dir, `seg-${String(index).padStart(5, "0")}.${EXTENSION[nonHls(format)]}`);

/** Unix ms of a moment of the run's media timeline. */
export const wallClockOf = (segment: SegmentRef, mediaSeconds: number) =>
  Math.round(segment.anchorMs + mediaSeconds * 1000);

function nonHls(format: RecordingFormat): Exclude<RecordingFormat, "hls"> {
  if (format === "hls") throw new Error("HLS is not recorded in segments");
  return format;
}

const SEGMENT_FORMAT = { mp4: "mp4", flv: "flv", aac: "adts" } as const;
/**
 * Written through at once (what is on disk is what a crash leaves); MP4 fragmented so that a file
 * cut short plays as far as it was written.
 */
const SEGMENT_OPTIONS = {
  mp4: "movflags=+frag_keyframe+empty_moov+default_base_moof:flush_packets=1",
  flv: "flush_packets=1",
  aac: "flush_packets=1",
} as const;

/**
 * The tee slave of one run of a split format. `offsetSeconds` is the media a resumed file already
 * holds: the slave's timeline starts there (its own `output_ts_offset`, as the CLI's
 * `-output_ts_offset` would set it for a whole output), so its first cut comes when the file is
 * full, whatever the offsets of the stream's other formats.
 */
export function segmentedOutput(
  format: RecordingFormat,
  dir: string,
  options: { splitSeconds: number; offsetSeconds: number },
): RecorderOutput {
  const segmentFormat = nonHls(format);
  const splitSeconds = options.splitSeconds > 0 ? options.splitSeconds : NO_SPLIT_SECONDS;
  return {
    options: [
      ["f", "segment"],
      // AAC keeps the audio of the run's tracks (the tee muxer's stream selection).
      ...(segmentFormat === "aac" ? [["select", "a"] as const] : []),
      ...(options.offsetSeconds > 0 ? [["output_ts_offset", options.offsetSeconds.toFixed(3)] as const] : []),
      ["segment_format", SEGMENT_FORMAT[segmentFormat]],
      ["segment_format_options", SEGMENT_OPTIONS[segmentFormat]],
      ["segment_time", String(splitSeconds)],
      ["reset_timestamps", "1"],
      ["segment_list", path.join(dir, SEGMENT_LIST)],
      ["segment_list_type", "csv"],
    ],
    target: path.join(dir, `seg-%05d.${EXTENSION[segmentFormat]}`),
  };
}

/**
 * The segments a run has finished, in order: the muxer appends `file,start,end` (media seconds)
 * when it closes each one. A line still being written is left for the next read.
 */
export async function readSegmentList(dir: string): Promise<ListedSegment[]> {
  let text: string;
  try {
    text = await readFile(path.join(dir, SEGMENT_LIST), "utf8");
  } catch {
    return [];
  }
  const complete = text.slice(0, text.lastIndexOf("\n") + 1);
  const segments: ListedSegment[] = [];
  for (const line of complete.split("\n")) {
    // The file name comes first and may be quoted; the two times are the last fields.
    const match = /seg-(\d+)\.[a-z0-9]+"?,(-?[\d.]+),(-?[\d.]+)$/.exec(line.trim());
    if (match) segments.push({ index: Number(match[1]), startSeconds: Number(match[2]), endSeconds: Number(match[3]) });
  }
  return segments;
}

/** Indexes of the segment files a run has written (finished or not), in order. */
export async function segmentsOnDisk(dir: string): Promise<number[]> {
  const names = await readdir(dir).catch(() => []);
  return names
    .map((name) => /^seg-(\d+)\./.exec(name)?.[1])
    .filter((index): index is string => index !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}
