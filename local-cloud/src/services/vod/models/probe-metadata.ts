import { z } from "zod";
import type { ProcessSupervisor } from "../../../media/ffmpeg/process-supervisor";

/** VOD's MetaData, as ffprobe sees the file (reference §3.1). */
export interface MediaMetadata {
  Size: number;
  Container: string;
  Bitrate: number;
  Height: number;
  Width: number;
  Duration: number;
  Rotate: number;
  VideoStreamSet: Array<{ Bitrate: number; Height: number; Width: number; Codec: string; Fps: number }>;
  AudioStreamSet: Array<{ Bitrate: number; SamplingRate: number; Codec: string }>;
  VideoDuration: number;
  AudioDuration: number;
}

const probeSchema = z.object({
  streams: z
    .array(
      z.object({
        codec_type: z.string().optional(),
        codec_name: z.string().optional(),
        width: z.number().optional(),
        height: z.number().optional(),
        bit_rate: z.string().optional(),
        sample_rate: z.string().optional(),
        avg_frame_rate: z.string().optional(),
        duration: z.string().optional(),
        profile: z.string().optional(),
        nb_read_packets: z.string().optional(),
      }),
    )
    .default([]),
  format: z
    .object({ duration: z.string().optional(), bit_rate: z.string().optional(), format_name: z.string().optional() })
    .default({}),
});

const number = (value: string | undefined) => (value && Number.isFinite(Number(value)) ? Number(value) : 0);
/** VOD's `MediaVideoStreamItem.Fps` is an integer in Hz (the SDK's `Fps *int64`), not ffprobe's fraction. */
const fps = (rate: string | undefined) => {
  const [top, bottom] = (rate ?? "0/1").split("/").map(Number);
  return top && bottom ? Math.round(top / bottom) : 0;
};

const PROBE_TIMEOUT_MS = 30_000;
/** Samples one AAC frame decodes to, at the stream's (SBR-doubled, for HE-AAC) sample rate. */
const aacFrameSamples = (profile: string | undefined) => (profile?.startsWith("HE-AAC") ? 2048 : 1024);

async function ffprobe(supervisor: ProcessSupervisor, ffprobePath: string, input: string, extra: string[] = []) {
  const args = ["-v", "error", ...extra, "-show_format", "-show_streams", "-of", "json", input];
  const result = await supervisor.run(ffprobePath, args, `ffprobe ${input}`, PROBE_TIMEOUT_MS);
  if (result.code !== 0)
    throw new Error(`ffprobe could not read ${input}: ${result.stderr.trim().split("\n").at(-1) ?? ""}`);
  return probeSchema.parse(JSON.parse(result.stdout));
}

/**
 * ffprobe → MetaData; `sizeBytes` is measured by the caller (an HLS recording is many files).
 * Two of ffprobe's numbers are not the media's: an ADTS (AAC) file has no duration, so ffprobe
 * guesses one from the first frames' bitrate (often off by a second or more) — here its frames are
 * counted instead; and an HLS "bitrate" is the playlist's — here it comes from the media's size.
 */
export async function probeMetadata(
  supervisor: ProcessSupervisor,
  ffprobePath: string,
  input: string,
  sizeBytes: number,
): Promise<MediaMetadata> {
  let probed = await ffprobe(supervisor, ffprobePath, input);
  const isAdts = probed.format.format_name === "aac";
  if (isAdts) probed = await ffprobe(supervisor, ffprobePath, input, ["-count_packets"]);
  const video = probed.streams.filter((stream) => stream.codec_type === "video");
  const audio = probed.streams.filter((stream) => stream.codec_type === "audio");
  const adts = isAdts ? audio[0] : undefined;
  const sampleRate = number(adts?.sample_rate);
  const duration =
    adts && sampleRate > 0
      ? (number(adts.nb_read_packets) * aacFrameSamples(adts.profile)) / sampleRate
      : number(probed.format.duration);
  const sizeBitrate = duration > 0 ? Math.round((sizeBytes * 8) / duration) : 0;
  const bitrate =
    isAdts || probed.format.format_name === "hls" ? sizeBitrate : number(probed.format.bit_rate) || sizeBitrate;
  return {
    Size: sizeBytes,
    Container: probed.format.format_name ?? "",
    Bitrate: bitrate,
    Height: Math.max(0, ...video.map((stream) => stream.height ?? 0)),
    Width: Math.max(0, ...video.map((stream) => stream.width ?? 0)),
    Duration: duration,
    Rotate: 0,
    VideoStreamSet: video.map((stream) => ({
      Bitrate: number(stream.bit_rate),
      Height: stream.height ?? 0,
      Width: stream.width ?? 0,
      Codec: stream.codec_name ?? "",
      Fps: fps(stream.avg_frame_rate),
    })),
    AudioStreamSet: audio.map((stream) => ({
      Bitrate: number(stream.bit_rate),
      SamplingRate: number(stream.sample_rate),
      Codec: stream.codec_name ?? "",
    })),
    VideoDuration: video.length > 0 ? number(video[0]?.duration) || duration : 0,
    AudioDuration: audio.length > 0 ? (adts ? duration : number(audio[0]?.duration) || duration) : 0,
  };
}
