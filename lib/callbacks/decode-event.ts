import { msg } from "@/lib/i18n/message";
import { dateFromUnixSeconds } from "./unix-time";

/** One decoded field of a callback: what Tencent sent and what it means. */
export interface DecodedField {
  /** A message (`msg`), or a body's own field name such as `callback_ext.video_codec`. */
  label: string;
  value: string;
  /**
   * The value is a message made here (a time that is not one, a role in words). Only then is it
   * put into words: a body's own text is shown as it came, even if it looks like a message.
   */
  isValueMessage?: true;
  /** A console page about the value (the recording a file id names). */
  href?: string;
}

const label = (key: string) => msg(`callbacks.decoded.${key}`);

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
function unixSecondsField(fieldLabel: string, value: unknown): DecodedField | null {
  const shown = text(value);
  if (shown === null) return null;
  const date = /^\d+(\.\d+)?$/.test(shown) ? dateFromUnixSeconds(Number(shown)) : null;
  return date && date.getTime() > 0
    ? { label: fieldLabel, value: date.toISOString() }
    : { label: fieldLabel, value: msg("callbacks.decoded.notATime", { value: shown }), isValueMessage: true };
}

/** VOD FileIds are digits; anything else is shown but not linked. */
const RECORDING_FILE_ID = /^\d{1,40}$/;

function fileIdField(value: unknown): DecodedField | null {
  const fileId = text(value);
  if (fileId === null) return null;
  return RECORDING_FILE_ID.test(fileId)
    ? { label: label("fileId"), value: fileId, href: `/recordings/${fileId}` }
    : { label: label("fileId"), value: fileId };
}

function decodeStreamParam(streamParam: string): DecodedField[] {
  const fields: DecodedField[] = [];
  const params = new URLSearchParams(streamParam);
  const userId = params.get("userid");
  if (userId) fields.push({ label: label("userIdBase64"), value: decodeBase64UserId(userId) });
  const recordId = params.get("userdefinerecordid");
  if (recordId) fields.push({ label: "userDefineRecordId", value: recordId });
  const roomId = params.get("roomid") ?? params.get("strroomid");
  if (roomId) fields.push({ label: label("roomId"), value: roomId });
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
    return [{ label: label("callbackExtNotJson"), value: callbackExt }];
  }
}

/** The fields of a CSS event (100, 332) worth reading, with encoded parts decoded. */
export function decodeCssEvent(body: Record<string, unknown>): DecodedField[] {
  const fields: DecodedField[] = [];
  const add = (key: string, value: string | null) => {
    if (value) fields.push({ label: label(key), value });
  };
  const addTime = (field: DecodedField | null) => {
    if (field) fields.push(field);
  };
  add("streamId", text(body.stream_id));
  add("recordEvent", text(body.record_event));
  const fileId = fileIdField(body.file_id);
  if (fileId) fields.push(fileId);
  add("format", text(body.file_format));
  add("videoUrl", text(body.video_url));
  addTime(unixSecondsField(label("start"), body.start_time));
  addTime(unixSecondsField(label("end"), body.end_time));
  add("duration", text(body.duration));
  add("size", text(body.file_size));
  const streamParam = text(body.stream_param);
  if (streamParam) fields.push(...decodeStreamParam(streamParam));
  const callbackExt = text(body.callback_ext);
  if (callbackExt) fields.push(...decodeCallbackExt(callbackExt));
  addTime(unixSecondsField(label("signatureExpires"), body.t));
  return fields;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** TRTC's Role of room events in words (trtc.io 39558: MEMBER_TRTC_ANCHOR, MEMBER_TRTC_VIEWER). */
const ROLES: Record<string, "anchor" | "audience"> = { "20": "anchor", "21": "audience" };

function roleField(value: string | null): DecodedField | null {
  if (value === null) return null;
  const role = ROLES[value];
  return role
    ? { label: label("role"), value: msg("callbacks.decoded.roleValue", { value, role }), isValueMessage: true }
    : { label: label("role"), value };
}

/** The fields of a TRTC event: room and media events (101–206), cloud-recording ones (301–312, old and new 311 layouts alike). */
export function decodeTrtcEvent(body: Record<string, unknown>): DecodedField[] {
  const info = record(body.EventInfo);
  const payload = record(info.Payload);
  // Newer docs nest the VOD fields under Payload.TencentVod; an older sample puts them in Payload.
  const vod = { ...payload, ...record(payload.TencentVod) };
  const isRecordingEvent = text(body.EventGroupId) === "3";
  const fields: DecodedField[] = [];
  const add = (key: string, value: string | null) => {
    if (value) fields.push({ label: label(key), value });
  };
  add("roomId", text(info.RoomId));
  add("taskId", text(info.TaskId));
  add(isRecordingEvent ? "recorderUser" : "user", text(info.UserId));
  const role = roleField(text(info.Role));
  if (role) fields.push(role);
  if (!isRecordingEvent) add("reason", text(info.Reason));
  add("eventTime", text(info.EventMsTs));
  add("status", text(payload.Status));
  add("leaveCode", text(payload.LeaveCode));
  add("user", text(vod.UserId));
  const fileId = fileIdField(vod.FileId);
  if (fileId) fields.push(fileId);
  add("videoUrl", text(vod.VideoUrl));
  add("cacheFile", text(vod.CacheFile));
  add("error", text(payload.Errmsg));
  return fields;
}
