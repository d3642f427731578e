import type { NamingRule } from "@/lib/recordings/name-parts";
import type { AudioStream, VideoStream } from "@/lib/recordings/types";

/** Display helpers shared by the library table and the recording page. */
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
  if (!expiresAt) return "kept forever";
  const days = Math.ceil((new Date(expiresAt).getTime() - now) / 86_400_000);
  return days <= 0 ? "expires today" : `expires in ${days} day${days === 1 ? "" : "s"}`;
}

const kbps = (bitrate: number | null) => (bitrate ? `${Math.round(bitrate / 1000)} kbps` : null);

export function formatVideoStream(stream: VideoStream): string {
  const size = stream.width && stream.height ? `${stream.width}×${stream.height}` : null;
  return [stream.codec || "video", size, stream.fps ? `${stream.fps} fps` : null, kbps(stream.bitrate)]
    .filter(Boolean)
    .join(" · ");
}

export function formatAudioStream(stream: AudioStream): string {
  const rate = stream.samplingRate ? `${stream.samplingRate / 1000} kHz` : null;
  return [stream.codec || "audio", rate, kbps(stream.bitrate)].filter(Boolean).join(" · ");
}

const NAMING_LABELS: Record<NamingRule, string> = {
  auto: "auto recording (sdkappid_roomid_userid_type)",
  userDefineRecordId: "userDefineRecordId_type",
  streamId: "streamId",
  mixRecordId: "MCU mix RecordId",
  streamIdOrRecordId: "streamId or mix RecordId",
  cloudSingle: "cloud recording, one stream",
  cloudMixed: "cloud recording, mixed",
};

/** Which naming rule (reference §5) the name follows, in a few words. */
export const namingLabel = (rule: NamingRule) => NAMING_LABELS[rule];
