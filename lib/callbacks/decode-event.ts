/** One decoded field of a callback: what Tencent sent and what it means. */
export interface DecodedField {
  label: string;
  value: string;
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

function unixSeconds(value: unknown): string | null {
  const seconds = typeof value === "string" ? Number(value) : value;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
    ? new Date(seconds * 1000).toISOString()
    : null;
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
  add("File id", text(body.file_id));
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

/** The fields of a TRTC cloud-recording event (301–312), old and new 311 layouts alike. */
export function decodeTrtcEvent(body: Record<string, unknown>): DecodedField[] {
  const info = record(body.EventInfo);
  const payload = record(info.Payload);
  // Newer docs nest the VOD fields under Payload.TencentVod; an older sample puts them in Payload.
  const vod = { ...payload, ...record(payload.TencentVod) };
  const fields: DecodedField[] = [];
  const add = (label: string, value: string | null) => {
    if (value) fields.push({ label, value });
  };
  add("Room id", text(info.RoomId));
  add("Task id", text(info.TaskId));
  add("Recorder user", text(info.UserId));
  add("Status", text(payload.Status));
  add("Leave code", text(payload.LeaveCode));
  add("User", text(vod.UserId));
  add("File id", text(vod.FileId));
  add("Video URL", text(vod.VideoUrl));
  add("Cache file", text(vod.CacheFile));
  add("Error", text(payload.Errmsg));
  return fields;
}
