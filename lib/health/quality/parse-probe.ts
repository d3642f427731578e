import { z } from "zod";

/** What ffprobe says of the file's container and first audio and video streams. */
export interface ProbeFacts {
  durationSec: number | null;
  video: { startSec: number | null; durationSec: number | null } | null;
  audio: { startSec: number | null; durationSec: number | null } | null;
}

const probeJson = z.object({
  streams: z
    .array(
      z.object({
        codec_type: z.string().optional(),
        start_time: z.string().optional(),
        duration: z.string().optional(),
      }),
    )
    .default([]),
  format: z.object({ duration: z.string().optional() }).optional(),
});

const seconds = (text: string | undefined): number | null => {
  const value = text === undefined ? NaN : Number(text);
  return Number.isFinite(value) ? value : null;
};

/** Parses `ffprobe -of json -show_entries stream=codec_type,start_time,duration:format=duration`. */
export function parseProbe(stdout: string): ProbeFacts {
  const parsed = probeJson.parse(JSON.parse(stdout));
  const stream = (type: string) => {
    const found = parsed.streams.find((candidate) => candidate.codec_type === type);
    return found ? { startSec: seconds(found.start_time), durationSec: seconds(found.duration) } : null;
  };
  return { durationSec: seconds(parsed.format?.duration), video: stream("video"), audio: stream("audio") };
}
