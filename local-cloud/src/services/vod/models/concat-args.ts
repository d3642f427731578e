import type { MediaMetadata } from "./probe-metadata";

/** One piece of a join: its file on disk, its probed metadata and the part of it to keep. */
export interface ConcatPiece {
  file: string;
  type: string;
  meta: MediaMetadata;
  start?: number;
  end?: number;
}

const hasVideo = (piece: ConcatPiece) => (piece.meta.VideoStreamSet?.length ?? 0) > 0;
const hasAudio = (piece: ConcatPiece) => (piece.meta.AudioStreamSet?.length ?? 0) > 0;
const codecs = (piece: ConcatPiece) =>
  JSON.stringify([
    piece.meta.VideoStreamSet?.map((s) => [s.Codec, s.Width, s.Height]),
    piece.meta.AudioStreamSet?.map((s) => [s.Codec, s.SamplingRate]),
  ]);
const keptSeconds = (piece: ConcatPiece) =>
  Math.max(0.04, Math.min(piece.end ?? piece.meta.Duration, piece.meta.Duration) - (piece.start ?? 0));

/**
 * Whether the pieces can be joined by copying their packets (the concat demuxer): whole single
 * files of one container (HLS playlists and raw ADTS take the filter; the demuxer drops an FLV
 * piece after an MP4 one) with the same codecs and picture size. A
 * recording's split files normally are; a join across a change of encoder is transcoded.
 */
export function canRemux(pieces: readonly ConcatPiece[]): boolean {
  const first = pieces[0];
  if (!first) return false;
  return pieces.every(
    (piece) =>
      (piece.type === "mp4" || piece.type === "flv") &&
      piece.type === first.type &&
      piece.start === undefined &&
      piece.end === undefined &&
      codecs(piece) === codecs(first),
  );
}

/** The concat demuxer's list file for `canRemux` pieces. */
export const concatList = (pieces: readonly ConcatPiece[]) =>
  pieces.map((piece) => `file '${piece.file.replaceAll("'", "'\\''")}'`).join("\n") + "\n";

export function remuxArgs(listFile: string, output: string): string[] {
  return [
    "-y",
    "-v",
    "error",
    "-f",
    "concat",
    "-safe",
    "0",
    "-i",
    listFile,
    "-c",
    "copy",
    "-movflags",
    "+faststart",
    output,
  ];
}

/**
 * Transcodes the pieces into one MP4 through the concat filter: every piece is scaled and padded
 * to the largest picture, resampled to one audio format, and a piece missing video or audio gets
 * black or silence for its length, so that pieces of any shape line up.
 */
export function transcodeArgs(pieces: readonly ConcatPiece[], output: string): string[] {
  const video = pieces.some(hasVideo);
  const audio = pieces.some(hasAudio);
  const width = Math.max(...pieces.map((p) => p.meta.Width || 0)) || 320;
  const height = Math.max(...pieces.map((p) => p.meta.Height || 0)) || 180;
  const even = (n: number) => n + (n % 2);
  const [w, h] = [even(width), even(height)];
  const inputs: string[] = [];
  const filters: string[] = [];
  const labels: string[] = [];
  pieces.forEach((piece, i) => {
    if (piece.start !== undefined) inputs.push("-ss", String(piece.start));
    if (piece.end !== undefined) inputs.push("-to", String(piece.end));
    inputs.push("-i", piece.file);
    const seconds = keptSeconds(piece).toFixed(3);
    if (video) {
      filters.push(
        hasVideo(piece)
          ? `[${i}:v:0]scale=${w}:${h}:force_original_aspect_ratio=decrease,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2,setsar=1,fps=25,format=yuv420p[v${i}]`
          : `color=c=black:s=${w}x${h}:r=25:d=${seconds},format=yuv420p[v${i}]`,
      );
      labels.push(`[v${i}]`);
    }
    if (audio) {
      filters.push(
        hasAudio(piece)
          ? `[${i}:a:0]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo[a${i}]`
          : `anullsrc=r=48000:cl=stereo,atrim=duration=${seconds},aformat=sample_fmts=fltp[a${i}]`,
      );
      labels.push(`[a${i}]`);
    }
  });
  const outs = [...(video ? ["[v]"] : []), ...(audio ? ["[a]"] : [])];
  filters.push(`${labels.join("")}concat=n=${pieces.length}:v=${video ? 1 : 0}:a=${audio ? 1 : 0}${outs.join("")}`);
  return [
    "-y",
    "-v",
    "error",
    ...inputs,
    "-filter_complex",
    filters.join(";"),
    ...outs.flatMap((label) => ["-map", label]),
    ...(video ? ["-c:v", "libx264", "-preset", "veryfast", "-crf", "23"] : []),
    ...(audio ? ["-c:a", "aac", "-b:a", "128k"] : []),
    "-movflags",
    "+faststart",
    output,
  ];
}
