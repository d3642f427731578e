import { dateFromUnixSeconds } from "./unix-time";

/** One decoded field of a callback: what Tencent sent and what it means. */
export interface DecodedField {
  label: string;
  value: string;
  /** A console page about the value (the recording a file id names). */
  href?: string;
}

function text(value: unknown): string | null {
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

/** TRTC puts the user id into the push query base64-encoded (reference §4.3, stream_param). */
function decodeBase64UserId(value: string): string {
  const decoded = Buffer.from(value, "base64").toString("utf8");
  // Only trust the decoding if it round-trips: otherwise the value was not base64 at all.
  return Buffer.from(decoded, "utf8").toString("base64").replace(/=+$/, "") === value.replace(/=+$/, "")
    ? decoded
    : value;
}

/** An ISO time; a number that cannot be a time is shown as it came, saying so, never thrown on. */
function unixSeconds(value: unknown): string | null {
  const shown = text(value);
  if (shown === null) return null;
  const date = /^\d+(\.\d+)?$/.test(shown) ? dateFromUnixSeconds(Number(shown)) : null;
  return date && date.getTime() > 0 ? date.toISOString() : `${shown} (not a valid time)`;
}

/** VOD FileIds are digits; anything else is shown but not linked. */
const RECORDING_FILE_ID = /^\d{1,40}$/;

function fileIdField(value: unknown): DecodedField | null {
  const fileId = text(value);
  if (fileId === null) return null;
  return RECORDING_FILE_ID.test(fileId)
    ? { label: "File id", value: fileId, href: `/recordings/${fileId}` }
    : { label: "File id", value: fileId };
}

function decodeStreamParam(streamParam: string): DecodedField[] {
  const fields: DecodedField[] = [];
  const params = new URLSearchParams(streamParam);
  const userId = params.get("userid");
  if (userId) fields.push({ label: "User id (decoded from base64)", value: decodeBase64UserId(userId) });
  const recordId = params.get("userdefinerecordid");
  if (recordId) fields.push({ label: "userDefineRecordId", value: recordId });
  const roomId = params.get("roomid") ?? params.get("strroomid");
  if (roomId) fields.push({ label: "Room id", value: roomId });
  return fields;
}

function decodeCallbackExt(callbackExt: string): DecodedField[] {
  try {
    const parsed: unknown = JSON.parse(callbackExt);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return [];
    return Object.entries(parsed as Record<string, unknown>).flatMap(([key, value]) => {
      const shown = text(value);
      return shown ? [{ label: `callback_ext.${key}`, value: shown }] : [];
    });
  } catch {
    return [{ label: "callback_ext (not JSON)", value: callbackExt }];
  }
}

/** The fields of a CSS event (100, 332) worth reading, with encoded parts decoded. */
export function decodeCssEvent(body: Record<string, unknown>): DecodedField[] {
  const fields: DecodedField[] = [];
  const add = (label: string, value: string | null) => {
    if (value) fields.push({ label, value });
  };
  add("Stream id", text(body.stream_id));
  add("Record event", text(body.record_event));
  const fileId = fileIdField(body.file_id);
  if (fileId) fields.push(fileId);
  add("Format", text(body.file_format));
  add("Video URL", text(body.video_url));
  add("Start", unixSeconds(body.start_time));
  add("End", unixSeconds(body.end_time));
  add("Duration (s)", text(body.duration));
  add("Size (bytes)", text(body.file_size));
  const streamParam = text(body.stream_param);
  if (streamParam) fields.push(...decodeStreamParam(streamParam));
  const callbackExt = text(body.callback_ext);
  if (callbackExt) fields.push(...decodeCallbackExt(callbackExt));
  add("Signature expires (t)", unixSeconds(body.t));
  return fields;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** TRTC's Role of room events in words (trtc.io 39558: MEMBER_TRTC_ANCHOR, MEMBER_TRTC_VIEWER). */
const ROLES: Record<string, string> = { "20": "anchor", "21": "audience" };

function withWords(value: string | null, words: Record<string, string>): string | null {
  return value === null ? null : words[value] ? `${value} (${words[value]})` : value;
}

/** The fields of a TRTC event: room and media events (101–206), cloud-recording ones (301–312, old and new 311 layouts alike). */
export function decodeTrtcEvent(body: Record<string, unknown>): DecodedField[] {
  const info = record(body.EventInfo);
  const payload = record(info.Payload);
  // Newer docs nest the VOD fields under Payload.TencentVod; an older sample puts them in Payload.
  const vod = { ...payload, ...record(payload.TencentVod) };
  const isRecordingEvent = text(body.EventGroupId) === "3";
  const fields: DecodedField[] = [];
  const add = (label: string, value: string | null) => {
    if (value) fields.push({ label, value });
  };
  add("Room id", text(info.RoomId));
  add("Task id", text(info.TaskId));
  add(isRecordingEvent ? "Recorder user" : "User", text(info.UserId));
  add("Role", withWords(text(info.Role), ROLES));
  if (!isRecordingEvent) add("Reason", text(info.Reason));
  add("Event time (EventMsTs)", text(info.EventMsTs));
  add("Status", text(payload.Status));
  add("Leave code", text(payload.LeaveCode));
  add("User", text(vod.UserId));
  const fileId = fileIdField(vod.FileId);
  if (fileId) fields.push(fileId);
  add("Video URL", text(vod.VideoUrl));
  add("Cache file", text(vod.CacheFile));
  add("Error", text(payload.Errmsg));
  return fields;
}
