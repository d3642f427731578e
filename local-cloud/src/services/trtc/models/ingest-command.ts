import type { MediaInfo } from "../../../media/ffmpeg/probe-media";
import { protocolWhitelistArgs } from "./ingest-protocols";

export interface IngestCommandInput {
  streamUrl: string;
  /** -1 loops forever, N plays N times. */
  repeatNum: number;
  /** Stop after this many seconds (MaxDuration, or what is left of the task after a restart). */
  durationLimitSeconds: number | undefined;
  seekSeconds: number | undefined;
  /** Percent, 100 = unchanged. */
  volume: number | undefined;
  /** What ffprobe found; undefined for live (rtmp) sources, which are assumed to be FLV-ready. */
  media: MediaInfo | undefined;
  publishUrl: string;
}

/** Codecs FLV carries as they are; anything else is transcoded. */
const FLV_VIDEO_CODECS = new Set(["h264"]);
const FLV_AUDIO_CODECS = new Set(["aac", "mp3"]);

export function isLiveSource(streamUrl: string): boolean {
  return /^rtmp:\/\//i.test(streamUrl);
}

function videoArgs(media: MediaInfo | undefined): string[] {
  if (!media || !media.videoCodec || FLV_VIDEO_CODECS.has(media.videoCodec)) return ["-c:v", "copy"];
  return ["-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-pix_fmt", "yuv420p", "-g", "50"];
}

function audioArgs(media: MediaInfo | undefined, volume: number | undefined): string[] {
  const changesVolume = volume !== undefined && volume !== 100;
  if (!changesVolume && (!media || !media.audioCodec || FLV_AUDIO_CODECS.has(media.audioCodec)))
    return ["-c:a", "copy"];
  return ["-c:a", "aac", "-ar", "48000", "-b:a", "128k", ...(changesVolume ? ["-af", `volume=${volume / 100}`] : [])];
}

/**
 * ffmpeg arguments that play a media URL into the relay as a TRTC user would publish: at its own
 * pace (`-re`), looped per RepeatNum, cut at the duration limit, copied when FLV can carry the
 * codecs and transcoded to H.264/AAC otherwise. The source may open only the protocols its
 * scheme needs (ingest-protocols.ts).
 */
export function buildIngestArgs(input: IngestCommandInput): string[] {
  const isLive = isLiveSource(input.streamUrl);
  const loops = input.repeatNum === -1 ? -1 : Math.max(input.repeatNum - 1, 0);
  return [
    "-hide_banner",
    "-loglevel",
    "error",
    "-nostdin",
    ...(isLive ? [] : ["-re"]),
    ...(!isLive && loops !== 0 ? ["-stream_loop", String(loops)] : []),
    ...(/^https?:\/\//i.test(input.streamUrl) ? ["-rw_timeout", "10000000"] : []),
    ...(input.seekSeconds ? ["-ss", String(input.seekSeconds)] : []),
    ...protocolWhitelistArgs(input.streamUrl),
    "-i",
    input.streamUrl,
    ...(input.durationLimitSeconds !== undefined ? ["-t", input.durationLimitSeconds.toFixed(3)] : []),
    ...videoArgs(input.media),
    ...audioArgs(input.media, input.volume),
    "-f",
    "flv",
    "-flvflags",
    "no_duration_filesize",
    input.publishUrl,
  ];
}

/** When a task ends by itself, in Unix ms, or undefined when it plays until stopped. */
export function ingestEndsAt(options: {
  startedAt: number;
  repeatNum: number;
  maxDurationMinutes: number | undefined;
  seekSeconds: number | undefined;
  media: MediaInfo | undefined;
}): number | undefined {
  if (options.repeatNum === -1) {
    return options.maxDurationMinutes === undefined
      ? undefined
      : options.startedAt + options.maxDurationMinutes * 60_000;
  }
  const duration = options.media?.durationSeconds;
  if (duration === undefined) return undefined;
  const playSeconds = Math.max(duration - (options.seekSeconds ?? 0), 0) + duration * (options.repeatNum - 1);
  return options.startedAt + Math.round(playSeconds * 1000);
}
