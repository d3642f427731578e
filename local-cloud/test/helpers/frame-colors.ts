import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
const ffmpeg = process.env.FFMPEG_PATH ?? "ffmpeg";
const ffprobe = process.env.FFPROBE_PATH ?? "ffprobe";

/** One decoded video frame as RGB bytes. */
export interface Frame {
  width: number;
  height: number;
  rgb: Buffer;
}

export interface ProbedVideo {
  width: number;
  height: number;
  fps: number;
  durationSeconds: number;
  audioSampleRate: number;
  audioChannels: number;
}

/** What ffprobe says of a file or URL: picture size, frame rate, duration and audio format. */
export async function probeVideo(input: string): Promise<ProbedVideo> {
  const { stdout } = await run(ffprobe, [
    ...[
      "-v",
      "error",
      "-show_entries",
      "stream=codec_type,width,height,r_frame_rate,sample_rate,channels:format=duration",
    ],
    ...["-of", "json", input],
  ]);
  const parsed = JSON.parse(stdout) as {
    streams: Array<{
      codec_type: string;
      width?: number;
      height?: number;
      r_frame_rate?: string;
      sample_rate?: string;
      channels?: number;
    }>;
    format: { duration?: string };
  };
  const video = parsed.streams.find((stream) => stream.codec_type === "video");
  const audio = parsed.streams.find((stream) => stream.codec_type === "audio");
  const [num, den] = (video?.r_frame_rate ?? "0/1").split("/").map(Number);
  return {
    width: video?.width ?? 0,
    height: video?.height ?? 0,
    fps: (num ?? 0) / (den || 1),
    durationSeconds: Number(parsed.format.duration ?? 0),
    audioSampleRate: Number(audio?.sample_rate ?? 0),
    audioChannels: audio?.channels ?? 0,
  };
}

/** A frame that takes longer than this to decode means the input is stuck. */
const FRAME_TIMEOUT_MS = 20_000;

/**
 * The frame shown `seconds` into a recording (decoded by ffmpeg, as a player would show it); for
 * a live stream (`rtmp://`), the first frame it sends: seeking a live RTMP stream never answers.
 */
export async function frameAt(input: string, seconds: number): Promise<Frame> {
  const { width, height } = await probeVideo(input);
  const seek = input.startsWith("rtmp://") ? [] : ["-ss", seconds.toFixed(3)];
  const child = spawn(ffmpeg, [
    ...["-hide_banner", "-loglevel", "error", "-nostdin", ...seek, "-i", input],
    ...["-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
  ]);
  // A stalled ffmpeg ignores SIGTERM; only SIGKILL ends it.
  const timer = setTimeout(() => child.kill("SIGKILL"), FRAME_TIMEOUT_MS);
  const chunks: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  clearTimeout(timer);
  const rgb = Buffer.concat(chunks);
  if (code !== 0 || rgb.length !== width * height * 3)
    throw new Error(`no frame at ${seconds} s of ${input} (ffmpeg exit ${code}, ${rgb.length} bytes)`);
  return { width, height, rgb };
}

const PALETTE = {
  red: [255, 0, 0],
  green: [0, 128, 0],
  blue: [0, 0, 255],
  yellow: [255, 255, 0],
  black: [0, 0, 0],
  white: [255, 255, 255],
} as const;
export type ColorName = keyof typeof PALETTE | "other";

/** The palette colour nearest the pixel at (x, y), or "other" if none is near (compression noise allowed). */
export function colorAt(frame: Frame, x: number, y: number): ColorName {
  const offset = (Math.round(y) * frame.width + Math.round(x)) * 3;
  const pixel = [frame.rgb[offset] ?? 0, frame.rgb[offset + 1] ?? 0, frame.rgb[offset + 2] ?? 0];
  let best: ColorName = "other";
  let bestDistance = 60;
  for (const [name, rgb] of Object.entries(PALETTE) as Array<[keyof typeof PALETTE, readonly number[]]>) {
    const distance = Math.hypot(...rgb.map((value, index) => value - (pixel[index] ?? 0)));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  return best;
}

/**
 * Where to look at a tile's picture: centred horizontally, near its top. The sample clips draw
 * their name and clock across the middle, so the very centre would be white text, not the colour.
 */
export const tileProbePoint = (tile: { x: number; y: number; width: number; height: number }) => ({
  x: tile.x + tile.width / 2,
  y: tile.y + tile.height * 0.1,
});

/** Resolves once `seconds` of media have been read from a live stream: proof that it flows that long. */
export async function readLive(url: string, seconds: number): Promise<void> {
  const { stderr } = await run(ffmpeg, [
    "-hide_banner",
    "-loglevel",
    "error",
    "-nostdin",
    "-i",
    url,
    "-t",
    String(seconds),
    "-f",
    "null",
    "-",
  ]);
  if (stderr.trim()) throw new Error(`reading ${url} failed: ${stderr.trim()}`);
}
