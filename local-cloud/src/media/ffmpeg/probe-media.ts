import { z } from "zod";
import type { ProcessSupervisor } from "./process-supervisor";

export interface MediaInfo {
  /** Undefined for live sources. */
  durationSeconds: number | undefined;
  videoCodec: string | undefined;
  audioCodec: string | undefined;
  width: number | undefined;
  height: number | undefined;
}

export type ProbeResult = { ok: true; info: MediaInfo } | { ok: false; reason: string };

const ffprobeOutputSchema = z.object({
  streams: z
    .array(
      z.object({
        codec_type: z.string().optional(),
        codec_name: z.string().optional(),
        width: z.number().optional(),
        height: z.number().optional(),
      }),
    )
    .default([]),
  format: z.object({ duration: z.string().optional() }).default({}),
});

/** The last line ffprobe wrote is its reason ("Server returned 404 Not Found", "No such file..."). */
function lastLine(text: string): string {
  const lines = text.split("\n").map((line) => line.trim());
  return lines.filter(Boolean).at(-1) ?? "ffprobe failed without a message";
}

function isNetworkUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Reads duration, codecs and size of a media file or URL with ffprobe. `inputOptions` go before
 * the input (a StartStreamIngest URL's `-protocol_whitelist`, for one).
 */
export async function probeMedia(
  supervisor: ProcessSupervisor,
  ffprobePath: string,
  input: string,
  timeoutMs: number,
  inputOptions: readonly string[] = [],
): Promise<ProbeResult> {
  const args = [
    "-v",
    "error",
    ...(isNetworkUrl(input) ? ["-rw_timeout", String(timeoutMs * 1000)] : []),
    ...inputOptions,
    "-show_entries",
    "format=duration:stream=codec_type,codec_name,width,height",
    "-of",
    "json",
    input,
  ];
  const result = await supervisor.run(ffprobePath, args, `ffprobe ${input}`, timeoutMs);
  if (result.code !== 0) {
    return { ok: false, reason: result.signal ? `timed out after ${timeoutMs} ms` : lastLine(result.stderr) };
  }
  let json: unknown;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    return { ok: false, reason: "ffprobe did not answer JSON" };
  }
  const parsed = ffprobeOutputSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "ffprobe answered an unexpected shape" };
  const video = parsed.data.streams.find((stream) => stream.codec_type === "video");
  const audio = parsed.data.streams.find((stream) => stream.codec_type === "audio");
  if (!video && !audio) return { ok: false, reason: "the source has neither video nor audio" };
  const duration = Number(parsed.data.format.duration);
  return {
    ok: true,
    info: {
      durationSeconds: Number.isFinite(duration) && duration > 0 ? duration : undefined,
      videoCodec: video?.codec_name,
      audioCodec: audio?.codec_name,
      width: video?.width,
      height: video?.height,
    },
  };
}
