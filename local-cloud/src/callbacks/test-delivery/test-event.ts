/**
 * What a test delivery carries in place of a stream, room, user, task and file. The console's
 * inbox tells a test from a real event by it (lib/callbacks/test-delivery/sample-event.ts holds
 * the same value), and a task id nobody started changes no recording task.
 */
export const TEST_EVENT_MARK = "console-test-event";

/** Which callback to test: CSS's recording callback (event 100) or TRTC's (event group 3). */
export type TestEventKind = "css" | "trtc";

/**
 * Event 100 (a recording file) as the recorder sends it, before signing: `t` and `sign` are added by
 * signDelivery like for every CSS event. `event_time` makes each test a new event, not a repeat.
 */
export function cssTestEventBody(sdkAppId: number, pushDomain: string, nowMs: number): Record<string, unknown> {
  const now = Math.floor(nowMs / 1000);
  return {
    event_type: 100,
    appid: sdkAppId,
    app: pushDomain,
    appname: `trtc_${sdkAppId}`,
    stream_id: TEST_EVENT_MARK,
    channel_id: TEST_EVENT_MARK,
    file_id: TEST_EVENT_MARK,
    record_file_id: TEST_EVENT_MARK,
    file_format: "mp4",
    task_id: "",
    start_time: now - 60,
    end_time: now,
    event_time: now,
    duration: 60,
    file_size: 0,
    stream_param: `sdkappid=${sdkAppId}&userid=${Buffer.from(TEST_EVENT_MARK).toString("base64")}`,
    video_url: "",
    video_id: TEST_EVENT_MARK,
  };
}

/** Event 301 (the recorder started) as cloud recording sends it; signDelivery sets `CallbackTs` at the attempt. */
export function trtcTestEventBody(nowMs: number): Record<string, unknown> {
  return {
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
  };
}
