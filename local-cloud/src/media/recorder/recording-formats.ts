import path from "node:path";
import type { RecordedTracks, RecordingFormat } from "../../recording/contracts";

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

const TRACK_SELECTION: Record<RecordedTracks, string[]> = { "audio+video": [], audio: ["-vn"], video: ["-an"] };

/**
 * ffmpeg output options for one piece pulled from the relay. MP4 is fragmented so that whatever
 * was written before a crash plays; HLS is an EVENT playlist of fMP4 segments for the same reason.
 */
export function pieceOutputArgs(
  format: RecordingFormat,
  target: string,
  run: number,
  tracks: RecordedTracks = "audio+video",
): string[] {
  // Written through at once rather than in 32 KB blocks: what is on disk is what a crash leaves.
  return [
    "-flush_packets",
    "1",
    ...(format === "aac" ? [] : TRACK_SELECTION[tracks]),
    ...formatArgs(format, target, run),
  ];
}

function formatArgs(format: RecordingFormat, target: string, run: number): string[] {
  switch (format) {
    case "mp4":
      return ["-c", "copy", "-f", "mp4", "-movflags", "+frag_keyframe+empty_moov+default_base_moof", target];
    case "flv":
      return ["-c", "copy", "-f", "flv", target];
    case "aac":
      return ["-vn", "-c:a", "copy", "-f", "adts", target];
    case "hls":
      return [
        "-c",
        "copy",
        "-f",
        "hls",
        "-hls_segment_type",
        "fmp4",
        "-hls_time",
        "2",
        "-hls_list_size",
        "0",
        "-hls_playlist_type",
        "event",
        "-hls_fmp4_init_filename",
        `init-${run}.mp4`,
        "-hls_segment_filename",
        path.join(target, `seg-${run}-%05d.m4s`),
        path.join(target, hlsRunPlaylist(run)),
      ];
  }
}

/** Where a piece of a non-HLS recording goes (HLS pieces are runs inside the recording's `hls/`). */
export function piecePath(recordingDir: string, format: RecordingFormat, run: number): string {
  if (format === "hls") return path.join(recordingDir, "hls");
  return path.join(recordingDir, `piece-${run}.${EXTENSION[format]}`);
}
