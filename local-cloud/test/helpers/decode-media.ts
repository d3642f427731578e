import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Plays a file or URL to the end with ffmpeg (decoding every frame, stopping at the first error)
 * and returns how many seconds it played: proof that a player can play it, and its true length
 * (ffprobe only estimates the length of an ADTS AAC file, from its first frames' bitrate).
 */
export async function decodedSeconds(input: string): Promise<number> {
  const { stdout } = await run(process.env.FFMPEG_PATH ?? "ffmpeg", [
    ...["-hide_banner", "-nostdin", "-v", "error", "-xerror", "-i", input],
    ...["-f", "null", "-progress", "pipe:1", "-"],
  ]);
  const times = [...stdout.matchAll(/^out_time_us=(\d+)$/gm)].map((match) => Number(match[1]));
  const last = times.at(-1);
  if (last === undefined) throw new Error(`ffmpeg reported no progress playing ${input}`);
  return last / 1_000_000;
}
