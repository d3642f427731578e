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
      }),
    )
    .default([]),
  format: z
    .object({ duration: z.string().optional(), bit_rate: z.string().optional(), format_name: z.string().optional() })
    .default({}),
});

const number = (value: string | undefined) => (value && Number.isFinite(Number(value)) ? Number(value) : 0);
const fps = (rate: string | undefined) => {
  const [top, bottom] = (rate ?? "0/1").split("/").map(Number);
  return top && bottom ? Math.round((top / bottom) * 100) / 100 : 0;
};

/** ffprobe → MetaData; `sizeBytes` is measured by the caller (an HLS recording is many files). */
export async function probeMetadata(
  supervisor: ProcessSupervisor,
  ffprobePath: string,
  input: string,
  sizeBytes: number,
): Promise<MediaMetadata> {
  const args = ["-v", "error", "-show_format", "-show_streams", "-of", "json", input];
  const result = await supervisor.run(ffprobePath, args, `ffprobe ${input}`, 30_000);
  if (result.code !== 0)
    throw new Error(`ffprobe could not read ${input}: ${result.stderr.trim().split("\n").at(-1) ?? ""}`);
  const probed = probeSchema.parse(JSON.parse(result.stdout));
  const video = probed.streams.filter((stream) => stream.codec_type === "video");
  const audio = probed.streams.filter((stream) => stream.codec_type === "audio");
  const duration = number(probed.format.duration);
  return {
    Size: sizeBytes,
    Container: probed.format.format_name ?? "",
    Bitrate: number(probed.format.bit_rate) || (duration > 0 ? Math.round((sizeBytes * 8) / duration) : 0),
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
    AudioDuration: audio.length > 0 ? number(audio[0]?.duration) || duration : 0,
  };
}
