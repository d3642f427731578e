import path from "node:path";
import type { RecordedTracks, RecordingFormat } from "../../recording/contracts";
import type { RecorderOutput } from "./recorder-args";

/** File extension of a finished file, and of the pieces written while recording. */
export const EXTENSION: Record<Exclude<RecordingFormat, "hls">, string> = { mp4: "mp4", flv: "flv", aac: "aac" };

export const HLS_PLAYLIST = "index.m3u8";
/** Each run (publish) of an HLS recording writes its own playlist, init segment and segments. */
export const hlsRunPlaylist = (run: number) => `index-${run}.m3u8`;

export const hasVideo = (format: RecordingFormat, tracks: RecordedTracks = "audio+video") =>
  format !== "aac" && tracks !== "audio";

/** AAC is audio only, so a video-only recording has no AAC file. */
export const recordsFormat = (format: RecordingFormat, tracks: RecordedTracks) =>
  !(format === "aac" && tracks === "video");

/**
 * The tee slave of one run of an HLS recording: an EVENT playlist of fMP4 segments, so that
 * whatever was written before a crash plays. (The other formats are split by the segment muxer:
 * segmented-run.ts.) The run's tracks are chosen for all its formats at once (recorder-args.ts).
 */
export function hlsOutput(target: string, run: number): RecorderOutput {
  return {
    options: [
      ["f", "hls"],
      // Written through at once rather than in 32 KB blocks: what is on disk is what a crash leaves.
      ["flush_packets", "1"],
      ["hls_segment_type", "fmp4"],
      ["hls_time", "2"],
      ["hls_list_size", "0"],
      ["hls_playlist_type", "event"],
      ["hls_fmp4_init_filename", `init-${run}.mp4`],
      ["hls_segment_filename", path.join(target, `seg-${run}-%05d.m4s`)],
    ],
    target: path.join(target, hlsRunPlaylist(run)),
  };
}

/**
 * Where a piece of a recording goes: HLS pieces are runs inside the recording's `hls/`; this is
 * also where MP4/FLV/AAC pieces went before they were recorded in segments (rows left by a crash).
 */
export function piecePath(recordingDir: string, format: RecordingFormat, run: number): string {
  if (format === "hls") return path.join(recordingDir, "hls");
  return path.join(recordingDir, `piece-${run}.${EXTENSION[format]}`);
}
