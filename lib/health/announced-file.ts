import { dateFromUnixMs, dateFromUnixSeconds } from "@/lib/callbacks/unix-time";
import type { CallbackFamily } from "@/lib/callbacks/summarize-event";

/** A recording file a callback says reached VOD, as the console registers it. */
export interface AnnouncedFile {
  fileId: string;
  streamId: string | null;
  roomId: string | null;
  userId: string | null;
  /** The files of one recording share it: CSS the stream, TRTC the task's user and track. */
  sessionKey: string | null;
  format: string | null;
  startedAt: Date | null;
  endedAt: Date | null;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown, maxLength = 300): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value !== "" ? value.slice(0, maxLength) : null;
}

function integer(value: unknown): number | null {
  const number = typeof value === "string" && /^-?\d{1,16}$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isSafeInteger(number) ? number : null;
}

const extensionOf = (name: string | null): string | null =>
  name?.match(/\.([a-z0-9]{2,4})$/i)?.[1]?.toLowerCase() ?? null;

/** CSS event 100 (a recording file generated): times in Unix seconds (reference §4.1). */
function cssFile(payload: Record<string, unknown>): AnnouncedFile | null {
  if (integer(payload.event_type) !== 100) return null;
  const fileId = text(payload.file_id, 64);
  if (fileId === null) return null;
  const streamId = text(payload.stream_id);
  return {
    fileId,
    streamId,
    roomId: null,
    userId: null,
    sessionKey: streamId === null ? null : `css:${streamId}`,
    format: text(payload.file_format, 10)?.toLowerCase() ?? null,
    startedAt: dateFromUnixSeconds(integer(payload.start_time)),
    endedAt: dateFromUnixSeconds(integer(payload.end_time)),
  };
}

/**
 * TRTC event 311 (a cloud-recording file uploaded to VOD) with Status 0. The current doc nests the
 * file under Payload.TencentVod with times in ms; an older sample puts it in Payload with seconds.
 */
function trtcFile(payload: Record<string, unknown>): AnnouncedFile | null {
  if (integer(payload.EventType) !== 311) return null;
  const info = record(payload.EventInfo);
  const body = record(info.Payload);
  if ((integer(body.Status) ?? 0) !== 0) return null;
  const nested = record(body.TencentVod);
  const isNested = Object.keys(nested).length > 0;
  const vod = isNested ? nested : body;
  const fileId = text(vod.FileId, 64);
  if (fileId === null) return null;
  const start = integer(isNested ? vod.StartTimeStamp : vod.BeginTimeStamp);
  const end = integer(vod.EndTimeStamp);
  const toDate = isNested ? dateFromUnixMs : dateFromUnixSeconds;
  const taskId = text(info.TaskId, 200);
  const userId = text(vod.UserId, 200);
  const mediaId = text(vod.MediaId, 20);
  return {
    fileId,
    streamId: null,
    roomId: text(info.RoomId, 200),
    userId,
    sessionKey: taskId === null ? null : `task:${taskId}:${userId ?? ""}:${mediaId ?? ""}`,
    format: extensionOf(text(vod.CacheFile)),
    startedAt: toDate(start),
    endedAt: toDate(end),
  };
}

/** The file a verified callback announces, or null when it announces none. */
export function announcedFileOf(family: CallbackFamily, payload: Record<string, unknown>): AnnouncedFile | null {
  return family === "css" ? cssFile(payload) : trtcFile(payload);
}
