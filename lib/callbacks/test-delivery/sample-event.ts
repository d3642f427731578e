import { createHash, createHmac } from "node:crypto";

/**
 * The ids a test delivery carries in place of a stream, room, user, task and file: it is stored
 * like any delivery (that is what it tests), and this is how the inbox tells it from a real one.
 * A task id nobody started changes no recording task; no room event is sent, so no live room appears.
 */
export const TEST_EVENT_MARK = "console-test-event";

/** Which callback to test: the recording callback (CSS-style, event 100) or TRTC's (event groups 1–3). */
export type TestCallbackKind = "css" | "trtc";

/** Seconds a CSS signature stays valid: `t` is its expiry, now + 10 minutes (reference §4.3). */
const CSS_SIGNATURE_LIFETIME_SECONDS = 600;

/** A request ready to POST: the body byte for byte, and its headers (a signature among them for TRTC). */
export interface SignedSample {
  body: string;
  headers: Record<string, string>;
}

/**
 * Event 100 (a recording file) as CSS sends it, signed as CSS signs it: `t` (expiry) and
 * `sign` = md5(key + t) in the body. `event_time` makes each test a new event, not a repeat.
 */
export function signedCssSample(sdkAppId: number, key: string, nowMs: number): SignedSample {
  const now = Math.floor(nowMs / 1000);
  const t = now + CSS_SIGNATURE_LIFETIME_SECONDS;
  const body = {
    event_type: 100,
    appname: `trtc_${sdkAppId}`,
    app: `${sdkAppId}.livepush.myqcloud.com`,
    stream_id: TEST_EVENT_MARK,
    channel_id: TEST_EVENT_MARK,
    file_id: TEST_EVENT_MARK,
    file_format: "mp4",
    start_time: now - 60,
    end_time: now,
    event_time: now,
    duration: 60,
    file_size: 0,
    stream_param: `sdkappid=${sdkAppId}&userid=${Buffer.from(TEST_EVENT_MARK).toString("base64")}`,
    t,
    sign: createHash("md5").update(`${key}${t}`).digest("hex"),
  };
  return { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } };
}

/**
 * Event 301 (the recorder started) as TRTC sends it: group 3 goes to the same receiver and key as
 * the room and media events, and names a task, not a room. Signed as TRTC signs: `Sign` =
 * base64(HMAC-SHA256(key, raw body)), the app in the `SdkAppId` header, `CallbackTs` now (ms).
 */
export function signedTrtcSample(sdkAppId: number, key: string, nowMs: number): SignedSample {
  const body = JSON.stringify({
    EventGroupId: 3,
    EventType: 301,
    CallbackTs: nowMs,
    EventInfo: {
      RoomId: TEST_EVENT_MARK,
      EventTs: Math.floor(nowMs / 1000),
      EventMsTs: nowMs,
      UserId: TEST_EVENT_MARK,
      TaskId: TEST_EVENT_MARK,
      Payload: { Status: 0 },
    },
  });
  return {
    body,
    headers: {
      "Content-Type": "application/json",
      SdkAppId: String(sdkAppId),
      Sign: createHmac("sha256", key).update(body).digest("base64"),
    },
  };
}

export function signedSample(kind: TestCallbackKind, sdkAppId: number, key: string, nowMs: number): SignedSample {
  return kind === "css" ? signedCssSample(sdkAppId, key, nowMs) : signedTrtcSample(sdkAppId, key, nowMs);
}
