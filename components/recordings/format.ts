import { msg } from "@/lib/i18n/message";
import type { NamingRule } from "@/lib/recordings/name-parts";
import type { AudioStream, VideoStream } from "@/lib/recordings/types";

/**
 * Display helpers shared by the library table and the recording page. Words come back as `msg`
 * strings (the table is a client component, the details a server one): each puts them into words.
 */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "–";
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, "0")}`;
}

export function formatSize(bytes: number | null): string {
  if (bytes === null) return "–";
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

/** "expires in N days" or "kept forever", from now. */
export function formatExpiry(expiresAt: string | null, now = Date.now()): string {
  if (!expiresAt) return msg("recordings.expiry.keptForever");
  const days = Math.ceil((new Date(expiresAt).getTime() - now) / 86_400_000);
  return days <= 0 ? msg("recordings.expiry.expiresToday") : msg("recordings.expiry.expiresIn", { days });
}

const kbps = (bitrate: number | null) => (bitrate ? `${Math.round(bitrate / 1000)} kbps` : null);

/** One stream's facts joined by " · "; `unnamedCodec` ("video" in words) stands where VOD names no codec. */
export function formatVideoStream(stream: VideoStream, unnamedCodec: string): string {
  const size = stream.width && stream.height ? `${stream.width}×${stream.height}` : null;
  return [stream.codec || unnamedCodec, size, stream.fps ? `${stream.fps} fps` : null, kbps(stream.bitrate)]
    .filter(Boolean)
    .join(" · ");
}

export function formatAudioStream(stream: AudioStream, unnamedCodec: string): string {
  const rate = stream.samplingRate ? `${stream.samplingRate / 1000} kHz` : null;
  return [stream.codec || unnamedCodec, rate, kbps(stream.bitrate)].filter(Boolean).join(" · ");
}

/** The catalog key of each naming rule (reference §5), described in a few words. */
const NAMING_KEYS = {
  auto: "auto",
  userDefineRecordId: "userDefineRecordId",
  streamId: "streamId",
  mixRecordId: "mixRecordId",
  streamIdOrRecordId: "streamIdOrRecordId",
  cloudSingle: "cloudSingle",
  cloudMixed: "cloudMixed",
} as const satisfies Record<NamingRule, string>;

/** Which naming rule the name follows, in a few words (a `msg` string). */
export const namingLabel = (rule: NamingRule) => msg(`recordings.naming.${NAMING_KEYS[rule]}`);
