import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import type { APIRequestContext } from "@playwright/test";

const run = promisify(execFile);
const FFMPEG = process.env.FFMPEG_PATH ?? "ffmpeg";
const FFPROBE = process.env.FFPROBE_PATH ?? "ffprobe";

/** One decoded video frame as rgb24. */
export interface Frame {
  width: number;
  height: number;
  rgb: Buffer;
}

async function videoSize(source: string): Promise<{ width: number; height: number }> {
  const { stdout } = await run(FFPROBE, [
    "-v",
    "error",
    "-rw_timeout",
    "10000000",
    "-select_streams",
    "v:0",
    "-show_entries",
    "stream=width,height",
    "-of",
    "csv=p=0",
    source,
  ]);
  const [width, height] = stdout.trim().split(",").map(Number);
  if (!width || !height) throw new Error(`no video stream in ${source}`);
  return { width, height };
}

async function grab(source: string, seekArgs: string[]): Promise<Frame> {
  const size = await videoSize(source);
  const { stdout } = await run(
    FFMPEG,
    ["-v", "error", ...seekArgs, "-i", source, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
    { encoding: "buffer", maxBuffer: 64 * 1024 * 1024 },
  );
  if (stdout.length < size.width * size.height * 3) throw new Error(`no frame decoded from ${source}`);
  return { ...size, rgb: stdout };
}

/** A frame from the last second of a recording file. */
export const lastFrame = (file: string) => grab(file, ["-sseof", "-1"]);

/** The next frame of a live stream (the mixed stream, played from the local cloud's RTMP relay). */
export const liveFrame = (url: string) => grab(url, ["-rw_timeout", "10000000"]);

const PALETTE = {
  red: [255, 0, 0],
  green: [0, 128, 0],
  blue: [0, 0, 255],
  yellow: [255, 255, 0],
  black: [0, 0, 0],
} as const;
export type PaletteColour = keyof typeof PALETTE;

/**
 * The palette colour nearest the pixel at (x, y). The sample clips are solid colours with a name
 * and a clock across the middle, so callers sample near a tile's top or bottom, not its centre.
 */
export function colourAt(frame: Frame, x: number, y: number): PaletteColour {
  const offset = (Math.round(y) * frame.width + Math.round(x)) * 3;
  const pixel = [frame.rgb[offset] ?? 0, frame.rgb[offset + 1] ?? 0, frame.rgb[offset + 2] ?? 0];
  let best: PaletteColour = "black";
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [name, colour] of Object.entries(PALETTE) as Array<[PaletteColour, readonly number[]]>) {
    const distance = colour.reduce((sum, value, index) => sum + (value - (pixel[index] ?? 0)) ** 2, 0);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  return best;
}

/** The colours at named points, for one readable assertion. */
export function coloursAt(
  frame: Frame,
  points: Record<string, readonly [number, number]>,
): Record<string, PaletteColour> {
  return Object.fromEntries(Object.entries(points).map(([name, [x, y]]) => [name, colourAt(frame, x, y)]));
}

/** A recording downloaded through the console's own download route to `file`, and its last frame. */
export async function downloadedLastFrame(request: APIRequestContext, fileId: string, file: string): Promise<Frame> {
  const download = await request.get(`/api/recordings/${fileId}/download`);
  if (!download.ok()) throw new Error(`downloading ${fileId} answered ${download.status()}`);
  await writeFile(file, await download.body());
  return lastFrame(file);
}
