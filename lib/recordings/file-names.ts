/**
 * Recording file names of the legacy (CSS-based) regime, reference §5.1. Times are
 * `YYYY-MM-DD-HH-mm-ss` in Beijing time (UTC+8) whatever the viewer's time zone.
 */
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;
const TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})-(\d{2})-(\d{2})-(\d{2})$/;

export type StreamType = "main" | "aux";

export function formatRecordingTime(date: Date): string {
  const beijing = new Date(date.getTime() + BEIJING_OFFSET_MS);
  const pad = (value: number) => String(value).padStart(2, "0");
  return [
    beijing.getUTCFullYear(),
    pad(beijing.getUTCMonth() + 1),
    pad(beijing.getUTCDate()),
    pad(beijing.getUTCHours()),
    pad(beijing.getUTCMinutes()),
    pad(beijing.getUTCSeconds()),
  ].join("-");
}

export function parseRecordingTime(text: string): Date | null {
  const match = TIME_PATTERN.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second) - BEIJING_OFFSET_MS);
  // Date.UTC rolls month 13 into the next year; a real recording time reads back unchanged.
  return formatRecordingTime(date) === text ? date : null;
}

export type NamingCase =
  | { kind: "userDefineRecordId"; userDefineRecordId: string; streamType: StreamType }
  | { kind: "streamId"; streamId: string }
  | { kind: "auto"; sdkAppId: number; roomId: string; userId: string; streamType: StreamType }
  | { kind: "mixRecordId"; recordId: string };

/** The VOD `Name` (no extension) a recording gets under the legacy regime. */
export function legacyRecordingName(naming: NamingCase, start: Date, end: Date): string {
  const times = `${formatRecordingTime(start)}_${formatRecordingTime(end)}`;
  switch (naming.kind) {
    case "userDefineRecordId":
      return `${naming.userDefineRecordId}_${naming.streamType}_${times}`;
    case "streamId":
      return `${naming.streamId}_${times}`;
    case "auto":
      return `${naming.sdkAppId}_${naming.roomId}_${naming.userId}_${naming.streamType}_${times}`;
    case "mixRecordId":
      return `${naming.recordId}_${times}`;
  }
}

export interface ParsedRecordingName {
  /** Everything before the times: the stream id, record id or `sdkappid_roomid_userid_type`. */
  prefix: string;
  streamType: StreamType | null;
  start: Date;
  end: Date;
  /** Present when the prefix reads as `sdkappid_roomid_userid_streamType` (auto recording). */
  auto: { sdkAppId: number; roomId: string; userId: string } | null;
}

/**
 * Splits a legacy name into its parts. Ids may contain `_`, so it reads from the end: two times,
 * then an optional stream type; an auto-recording prefix starts with a numeric SdkAppId.
 */
export function parseLegacyRecordingName(name: string): ParsedRecordingName | null {
  const parts = name.split("_");
  if (parts.length < 3) return null;
  const end = parseRecordingTime(parts.at(-1) ?? "");
  const start = parseRecordingTime(parts.at(-2) ?? "");
  if (!start || !end) return null;
  const head = parts.slice(0, -2);
  const last = head.at(-1);
  const streamType = last === "main" || last === "aux" ? last : null;
  const idParts = streamType ? head.slice(0, -1) : head;
  const prefix = head.join("_");
  if (idParts.length === 0) return null;
  const [sdkAppId, roomId, ...userParts] = idParts;
  const auto =
    streamType && sdkAppId && /^\d{7,10}$/.test(sdkAppId) && roomId && userParts.length > 0
      ? { sdkAppId: Number(sdkAppId), roomId, userId: userParts.join("_") }
      : null;
  return { prefix, streamType, start, end, auto };
}
