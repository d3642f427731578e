import type { RecordedStream } from "./recorded-stream";

/** CSS's default `VodFileName` (§4.1): the stream id and the start and end in Beijing time. */
export const DEFAULT_VOD_FILE_NAME =
  "{StreamID}_{StartYear}-{StartMonth}-{StartDay}-{StartHour}-{StartMinute}-{StartSecond}_{EndYear}-{EndMonth}-{EndDay}-{EndHour}-{EndMinute}-{EndSecond}";

/** Legacy TRTC names carry Beijing time whatever the server's zone (§5.1). */
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function timeParts(unixMs: number): Record<string, string> {
  const beijing = new Date(unixMs + BEIJING_OFFSET_MS);
  return {
    Year: pad(beijing.getUTCFullYear(), 4),
    Month: pad(beijing.getUTCMonth() + 1),
    Day: pad(beijing.getUTCDate()),
    Hour: pad(beijing.getUTCHours()),
    Minute: pad(beijing.getUTCMinutes()),
    Second: pad(beijing.getUTCSeconds()),
    Millisecond: pad(beijing.getUTCMilliseconds(), 3),
  };
}

/** `YYYY-MM-DD-HH-mm-ss` in UTC+8, the time format of legacy recording names. */
export function beijingTimestamp(unixMs: number): string {
  const t = timeParts(unixMs);
  return `${t.Year}-${t.Month}-${t.Day}-${t.Hour}-${t.Minute}-${t.Second}`;
}

/**
 * The id a legacy recording's name starts with (§5.1): a mix's `RecordId`; `userDefineRecordId_streamType`
 * when the publisher chose one; the stream id when it is not TRTC's default form; otherwise
 * `sdkappid_roomid_userid_streamType`.
 */
export function recordingNameId(stream: RecordedStream): string {
  if (stream.mix?.recordId) return stream.mix.recordId;
  if (stream.userDefineRecordId) return `${stream.userDefineRecordId}_${stream.streamType}`;
  if (!stream.hasDefaultStreamId) return stream.streamId;
  return `${stream.sdkAppId}_${stream.roomId}_${stream.userId}_${stream.streamType}`;
}

/** Fills a `VodFileName` template (or the default) for one file. Unknown placeholders stay as written. */
export function renderRecordingName(template: string | null, nameId: string, startMs: number, endMs: number): string {
  const start = timeParts(startMs);
  const end = timeParts(endMs);
  return (template || DEFAULT_VOD_FILE_NAME).replace(
    /\{(StreamID|Start|End)(\w*)\}/g,
    (whole, kind: string, unit: string) => {
      if (kind === "StreamID") return unit === "" ? nameId : whole;
      return (kind === "Start" ? start : end)[unit] ?? whole;
    },
  );
}
