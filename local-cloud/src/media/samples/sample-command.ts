import type { SampleClipSpec } from "./sample-catalog";
import { buildCheckSampleArgs } from "./sample-fault";
import { textFilters } from "./sample-text";

const FRAME_RATE = 25;

/**
 * ffmpeg arguments for one sample: H.264 main with a 1 s GOP (recordings can cut anywhere),
 * 48 kHz AAC, moov first so that browsers start playing before the download ends. Without a
 * font the clip has no text rather than no clip.
 */
export function buildSampleArgs(
  spec: SampleClipSpec,
  durationSeconds: number,
  fontFile: string | undefined,
  outputPath: string,
): string[] {
  if (spec.fault) return buildCheckSampleArgs({ ...spec, fault: spec.fault }, durationSeconds, fontFile, outputPath);
  const size = `${spec.width}x${spec.height}`;
  return [
    "-hide_banner",
    "-loglevel",
    "error",
    "-nostdin",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `color=c=${spec.color}:s=${size}:r=${FRAME_RATE}:d=${durationSeconds}`,
    "-f",
    "lavfi",
    "-i",
    `sine=frequency=${spec.toneHz}:sample_rate=48000:duration=${durationSeconds}`,
    ...(fontFile ? ["-vf", textFilters(spec, fontFile)] : []),
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    "-profile:v",
    "main",
    "-pix_fmt",
    "yuv420p",
    "-g",
    String(FRAME_RATE),
    "-keyint_min",
    String(FRAME_RATE),
    "-sc_threshold",
    "0",
    "-c:a",
    "aac",
    "-b:a",
    "128k",
    "-ar",
    "48000",
    "-ac",
    "2",
    "-shortest",
    "-movflags",
    "+faststart",
    "-f",
    "mp4",
    outputPath,
  ];
}
