import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Git-ignored (`.data/`), kept between runs: a 1-hour file takes minutes to make. */
export const CACHE_DIR = path.join(process.cwd(), ".data", "bench", "health");

export interface LongRecording {
  mp4Path: string;
  /** The same media as VOD HLS (10 s MPEG-TS segments, copied from the MP4); null unless asked for. */
  hlsPlaylist: string | null;
  /** Seconds spent making what was not cached; 0 when both came from the cache. */
  generatedSeconds: number;
}

/**
 * A recording as the recorder leaves it: 1280×720 at 25 fps, H.264 (2 s GOP, about 1.5 Mbps) and
 * stereo AAC at 48 kHz, faststart MP4. testsrc2 moves in every frame, so freezedetect and
 * blackdetect see real work and the encoder real motion; the sine keeps silencedetect quiet.
 */
async function makeMp4(ffmpeg: string, file: string, seconds: number): Promise<void> {
  const partial = `${file}.partial.mp4`;
  await run(ffmpeg, [
    ...["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", `testsrc2=size=1280x720:rate=25:d=${seconds}`],
    ...["-f", "lavfi", "-i", `sine=frequency=440:sample_rate=48000:d=${seconds}`],
    ...["-c:v", "libx264", "-preset", "ultrafast", "-b:v", "1500k", "-maxrate", "2000k", "-bufsize", "3000k"],
    ...["-g", "50", "-pix_fmt", "yuv420p", "-c:a", "aac", "-ac", "2", "-b:a", "96k", "-movflags", "+faststart"],
    ...["-shortest", partial],
  ]);
  // Renamed only once complete, so an interrupted run never leaves a short file in the cache.
  await rename(partial, file);
}

async function makeHls(ffmpeg: string, mp4Path: string, playlist: string): Promise<void> {
  const dir = path.dirname(playlist);
  const partialDir = `${dir}.partial`;
  await rm(partialDir, { recursive: true, force: true });
  await mkdir(partialDir, { recursive: true });
  await run(ffmpeg, [
    ...["-hide_banner", "-loglevel", "error", "-y", "-i", mp4Path, "-c", "copy", "-f", "hls", "-hls_time", "10"],
    ...["-hls_playlist_type", "vod", "-hls_segment_filename", path.join(partialDir, "seg-%05d.ts")],
    path.join(partialDir, path.basename(playlist)),
  ]);
  await rm(dir, { recursive: true, force: true });
  await rename(partialDir, dir);
}

/** The long recording of `seconds`, made once and cached under CACHE_DIR. */
export async function longRecording(ffmpeg: string, seconds: number, withHls: boolean): Promise<LongRecording> {
  await mkdir(CACHE_DIR, { recursive: true });
  const mp4Path = path.join(CACHE_DIR, `recording-720p25-${seconds}s.mp4`);
  const hlsPlaylist = path.join(CACHE_DIR, `recording-720p25-${seconds}s-hls`, "index.m3u8");
  const startedAt = performance.now();
  if (!existsSync(mp4Path)) await makeMp4(ffmpeg, mp4Path, seconds);
  if (withHls && !existsSync(hlsPlaylist)) await makeHls(ffmpeg, mp4Path, hlsPlaylist);
  return {
    mp4Path,
    hlsPlaylist: withHls ? hlsPlaylist : null,
    generatedSeconds: (performance.now() - startedAt) / 1000,
  };
}
