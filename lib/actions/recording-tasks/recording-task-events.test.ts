import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { receiveCallback } from "@/lib/actions/callbacks/receive-callback";
import { TEST_APP, TEST_NOW_MS, TEST_TRTC_KEY, trtcRequest } from "@/lib/callbacks/testing/deliveries";
import { applications, callbackEvents, recordingTasks } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { toTaskEventDtos } from "@/lib/data/recording-tasks/recording-task-event-parse";
import { taskEventsOf } from "@/lib/data/recording-tasks/task-callbacks";
import { refusalCounterFor } from "@/lib/actions/callbacks/refusal-counter";
import { messageText } from "@/lib/i18n/message-text";

const TASK = "task-abc";
const STARTED_AT = new Date(TEST_NOW_MS - 5_000);

/** A cloud-recording event of the task, as TRTC sends it (reference §4.4), at `atMs`. */
function taskEvent(eventType: number, payload: Record<string, unknown>, atMs: number, sentMs = atMs + 20): string {
  return JSON.stringify({
    EventGroupId: 3,
    EventType: eventType,
    CallbackTs: sentMs,
    EventInfo: {
      RoomId: "7001",
      EventTs: Math.floor(atMs / 1000),
      EventMsTs: atMs,
      UserId: "recorder_bot",
      TaskId: TASK,
      Payload: payload,
    },
  });
}

const committed = (fileId: string, atMs: number) =>
  taskEvent(
    311,
    {
      Status: 0,
      TencentVod: {
        UserId: "",
        TrackType: "audio_video",
        MediaId: "mix",
        FileId: fileId,
        VideoUrl: `http://vod.example.com/${fileId}.mp4`,
        CacheFile: `rec__UserDefine_u_${TEST_APP}_7001_${fileId}.mp4`,
        StartTimeStamp: atMs - 42_000,
        EndTimeStamp: atMs,
      },
    },
    atMs,
  );

describe.each(testDatabaseKinds())("recording tasks from TRTC's events on $name", (kind) => {
  const handle = useTestDatabase(kind);
  const receive = async (body: string, nowMs = TEST_NOW_MS + 60_000) =>
    (await receiveCallback(trtcRequest(body), "trtc", { db: handle.db, nowMs })).status;
  const task = async () => {
    const [row] = await handle.db.select().from(recordingTasks).where(eq(recordingTasks.taskId, TASK));
    if (!row) throw new Error("no task row");
    // The row keeps catalog messages; compare them in English words, as the page shows them.
    const inWords = (text: string | null) => (text === null ? null : messageText(text));
    return { ...row, endReason: inWords(row.endReason), lastError: inWords(row.lastError) };
  };

  beforeAll(async () => {
    await ensureApplications(handle.db, [{ sdkAppId: TEST_APP, name: "Test app", generation: "cloud" }]);
    await handle.db.update(applications).set({ trtcCallbackKey: TEST_TRTC_KEY });
  });
  beforeEach(async () => {
    // Counts held in memory belong to the rows about to go.
    await refusalCounterFor(handle.db).flush();
    await handle.db.delete(callbackEvents);
    await handle.db.delete(recordingTasks);
    await handle.db.insert(recordingTasks).values({
      sdkAppId: TEST_APP,
      kind: "cloud_task",
      roomId: "7001",
      status: "starting",
      taskId: TASK,
      botUserId: "recorder_bot",
      vodSubAppId: 1500000001,
      request: {},
      startedByEmail: "op@example.com",
      startedAt: STARTED_AT,
    });
  });

  it("follows 301, 311, 302 and 312 as they arrive, with the files and the reason in words", async () => {
    expect(await receive(taskEvent(301, { Status: 0 }, TEST_NOW_MS))).toBe(200);
    expect(await task()).toMatchObject({ status: "recording", files: [] });

    expect(await receive(taskEvent(302, { LeaveCode: 99 }, TEST_NOW_MS + 50_000))).toBe(200);
    expect(await receive(committed("5285890800000001", TEST_NOW_MS + 52_000))).toBe(200);
    const ended = await task();
    expect(ended).toMatchObject({
      status: "ended",
      endReason:
        "Nobody published in the room for MaxIdleTime seconds, so the task ended. Start a new one when people are back.",
      files: [
        {
          fileId: "5285890800000001",
          name: `rec__UserDefine_u_${TEST_APP}_7001_5285890800000001`,
          type: "mp4",
          subAppId: 1500000001,
          durationSeconds: 42,
        },
      ],
      lastError: null,
    });
    expect(ended.endedAt?.getTime()).toBe(TEST_NOW_MS + 50_000);

    expect(await receive(taskEvent(312, { Status: 0 }, TEST_NOW_MS + 53_000))).toBe(200);
    const events = (await taskEventsOf(handle.db, TEST_APP, [TASK], STARTED_AT)).get(TASK) ?? [];
    expect(toTaskEventDtos(events).map((event) => [event.eventType, messageText(event.name), event.fileId])).toEqual([
      [301, "Recorder started", null],
      [302, "Recorder stopped", null],
      [311, "File uploaded to VOD", "5285890800000001"],
      [312, "Upload finished", null],
    ]);
  });

  it("changes nothing on a repeat, and reads events by their own time whatever order they arrive in", async () => {
    await receive(taskEvent(302, { LeaveCode: 2 }, TEST_NOW_MS + 30_000));
    const ended = await task();
    // The start, delayed past the stop: the task stays ended, for the stop's reason.
    await receive(taskEvent(301, { Status: 0 }, TEST_NOW_MS));
    await receive(taskEvent(302, { LeaveCode: 2 }, TEST_NOW_MS + 30_000, TEST_NOW_MS + 40_000));
    await receive(committed("5285890800000002", TEST_NOW_MS + 31_000));
    await receive(committed("5285890800000002", TEST_NOW_MS + 31_000));
    const after = await task();
    expect(after).toMatchObject({ status: "ended", endReason: "The room was dismissed (DismissRoom)." });
    expect(after.endedAt).toEqual(ended.endedAt);
    expect(after.files.map((file) => file.fileId)).toEqual(["5285890800000002"]);
    const [stop] = await handle.db.select().from(callbackEvents).where(eq(callbackEvents.eventType, 302));
    expect(stop?.deliveries).toBe(2);
  });

  it("says who stopped a task the console stopped, and what went wrong with a start or an upload", async () => {
    await handle.db
      .update(recordingTasks)
      .set({ status: "stopping", stopRequestedAt: new Date(TEST_NOW_MS), stoppedByEmail: "op@example.com" });
    await receive(taskEvent(302, { LeaveCode: 0 }, TEST_NOW_MS + 1_000));
    expect(await task()).toMatchObject({ status: "ended", endReason: "Stopped by op@example.com." });
    await receive(
      taskEvent(311, { Status: 2, Errmsg: "vod upload timeout", TencentVod: { FileId: "1" } }, TEST_NOW_MS + 2_000),
    );
    expect((await task()).lastError).toContain("TRTC said: vod upload timeout");

    // Counts held in memory belong to the rows about to go.
    await refusalCounterFor(handle.db).flush();
    await handle.db.delete(callbackEvents);
    await handle.db
      .update(recordingTasks)
      .set({ status: "starting", stopRequestedAt: null, endedAt: null, endReason: null, lastError: null, files: [] });
    await receive(taskEvent(301, { Status: 1 }, TEST_NOW_MS));
    expect(await task()).toMatchObject({
      status: "failed",
      lastError: expect.stringContaining("RECORDER_START") as unknown,
    });
  });

  it("leaves tasks it did not start alone, and keeps their events for the inbox", async () => {
    await handle.db.update(recordingTasks).set({ taskId: "another-task" });
    expect(await receive(taskEvent(301, { Status: 0 }, TEST_NOW_MS))).toBe(200);
    expect((await handle.db.select().from(recordingTasks))[0]?.status).toBe("starting");
    expect(await handle.db.select().from(callbackEvents)).toHaveLength(1);
  });
});
