import { createHash, createHmac } from "node:crypto";

/** The application and keys the receiver tests register, and the clock they run at. */
export const TEST_APP = 1400000123;
/** The CSS callback key (the callback template's): signs events 100 and 332 only. */
export const TEST_KEY = "CallbackKey123";
/** The app's TRTC callback key (TRTC's console): signs room, media and cloud-recording events. */
export const TEST_TRTC_KEY = "TrtcCallbackKey456";
export const TEST_NOW_MS = 1_760_000_000_000;
export const TEST_NOW = TEST_NOW_MS / 1000;

/** md5(key + t), as CSS signs event 100 and 332 bodies (reference §4.3). */
export const cssSign = (t: number | string, key = TEST_KEY) => createHash("md5").update(`${key}${t}`).digest("hex");

/** A valid event 100 of the test app, signed for ten minutes from the test clock. */
export function cssEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const t = TEST_NOW + 600;
  return {
    event_type: 100,
    appname: `trtc_${TEST_APP}`,
    stream_id: `${TEST_APP}_2001_alice_main`,
    file_id: "5285890799999999999",
    file_format: "mp4",
    start_time: TEST_NOW - 60,
    end_time: TEST_NOW - 1,
    stream_param: `sdkappid=${TEST_APP}&roomid=2001&userid=${Buffer.from("alice").toString("base64")}`,
    t,
    sign: cssSign(t),
    ...overrides,
  };
}

/** A POST as the cloud sends it; `body` goes out byte for byte. */
export function post(path: string, body: string | Buffer, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1${path}`, {
    method: "POST",
    body: typeof body === "string" ? body : new Uint8Array(body),
    headers: { "content-type": "application/json", ...headers },
  });
}

/** A TRTC delivery: the `Sign` header is base64(HMAC-SHA256(key, body)) (reference §4.4). */
export function trtcRequest(body: string, key = TEST_TRTC_KEY, sdkAppId = String(TEST_APP)): Request {
  return post("/api/callbacks/trtc", body, {
    SdkAppId: sdkAppId,
    Sign: createHmac("sha256", key).update(body).digest("base64"),
  });
}

/** An event body of the test app: 311 unless told, sent 10 ms after the test clock. */
export function trtcEvent(
  overrides: {
    EventGroupId?: number;
    EventType?: number;
    CallbackTs?: number;
    EventInfo?: Record<string, unknown>;
  } = {},
): string {
  return JSON.stringify({
    EventGroupId: overrides.EventGroupId ?? 3,
    EventType: overrides.EventType ?? 311,
    CallbackTs: overrides.CallbackTs ?? TEST_NOW_MS + 10,
    EventInfo: {
      RoomId: "2001",
      EventMsTs: TEST_NOW_MS,
      TaskId: "task-1",
      Payload: { Status: 0 },
      ...overrides.EventInfo,
    },
  });
}
