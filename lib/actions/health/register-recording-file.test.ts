import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { receiveCallback } from "@/lib/actions/callbacks/receive-callback";
import { refusalCounterFor } from "@/lib/actions/callbacks/refusal-counter";
import {
  TEST_APP,
  TEST_KEY,
  TEST_NOW,
  TEST_NOW_MS,
  TEST_TRTC_KEY,
  cssEvent,
  cssSign,
  post,
  trtcEvent,
  trtcRequest,
} from "@/lib/callbacks/testing/deliveries";
import { applications, callbackEvents, recordingFiles } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { onFileRegistered } from "@/lib/health/file-registered";
import { registerAnnouncedFile } from "@/lib/actions/health/register-recording-file";

const uploaded311 = (fileId: string) =>
  trtcEvent({
    EventInfo: {
      RoomId: 2001,
      TaskId: "task-9",
      Payload: {
        Status: 0,
        TencentVod: {
          UserId: "alice",
          MediaId: "main",
          FileId: fileId,
          CacheFile: "task-9_alice_main.mp4",
          StartTimeStamp: TEST_NOW_MS - 30_000,
          EndTimeStamp: TEST_NOW_MS - 500,
        },
      },
    },
  });

describe.each(testDatabaseKinds())("files announced by callbacks, on $name", (kind) => {
  const handle = useTestDatabase(kind);
  const receive = (request: Request, family: "css" | "trtc") =>
    receiveCallback(request, family, { db: handle.db, nowMs: TEST_NOW_MS });
  const fileRow = async (fileId: string) =>
    (await handle.db.select().from(recordingFiles).where(eq(recordingFiles.fileId, fileId)))[0];

  beforeAll(async () => {
    await ensureApplications(handle.db, [{ sdkAppId: TEST_APP, name: "Test app", generation: "legacy" }]);
    await handle.db.update(applications).set({ callbackKey: TEST_KEY, trtcCallbackKey: TEST_TRTC_KEY });
  });
  beforeEach(async () => {
    await refusalCounterFor(handle.db).flush();
    await handle.db.delete(callbackEvents);
    await handle.db.delete(recordingFiles);
  });

  it("queues a check of the file a CSS event 100 announces, with its span and stream, once", async () => {
    let signals = 0;
    const stop = onFileRegistered(() => (signals += 1));
    try {
      expect((await receive(post("/api/callbacks/recording", JSON.stringify(cssEvent())), "css")).status).toBe(200);
      const retry = cssEvent({ t: TEST_NOW + 900, sign: cssSign(TEST_NOW + 900) });
      expect((await receive(post("/api/callbacks/recording", JSON.stringify(retry)), "css")).status).toBe(200);
    } finally {
      stop();
    }
    const rows = await handle.db.select().from(recordingFiles);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      sdkAppId: TEST_APP,
      fileId: "5285890799999999999",
      streamId: `${TEST_APP}_2001_alice_main`,
      sessionKey: `css:${TEST_APP}_2001_alice_main`,
      format: "mp4",
      startedAt: new Date((TEST_NOW - 60) * 1000),
      endedAt: new Date((TEST_NOW - 1) * 1000),
      firstCallbackAt: new Date(TEST_NOW_MS),
      discoveredBy: "callback",
      checkStatus: "queued",
    });
    // The repeat is a duplicate delivery: it neither registers again nor wakes the checker.
    expect(signals).toBe(1);
  });

  it("registers a TRTC 311 upload with its task, user and times in ms; a failed upload registers nothing", async () => {
    const body = uploaded311("5285890800000000311");
    expect((await receive(trtcRequest(body), "trtc")).status).toBe(200);
    expect(await fileRow("5285890800000000311")).toMatchObject({
      roomId: "2001",
      userId: "alice",
      sessionKey: "task:task-9:alice:main",
      format: "mp4",
      startedAt: new Date(TEST_NOW_MS - 30_000),
      endedAt: new Date(TEST_NOW_MS - 500),
    });
    const failed = trtcEvent({
      EventInfo: { TaskId: "task-9", Payload: { Status: 2, TencentVod: { FileId: "5285890800000000312" } } },
    });
    expect((await receive(trtcRequest(failed), "trtc")).status).toBe(200);
    expect(await fileRow("5285890800000000312")).toBeUndefined();
  });

  it("adds the callback's time to a file reconciliation found first, keeping what was known", async () => {
    await handle.db.insert(recordingFiles).values({
      sdkAppId: TEST_APP,
      fileId: "5285890799999999999",
      streamId: "found-in-vod",
      discoveredBy: "reconciliation",
    });
    await registerAnnouncedFile(
      handle.db,
      TEST_APP,
      {
        fileId: "5285890799999999999",
        streamId: "from-callback",
        roomId: null,
        userId: null,
        sessionKey: "css:from-callback",
        format: "flv",
        startedAt: null,
        endedAt: new Date(TEST_NOW_MS),
      },
      new Date(TEST_NOW_MS + 5_000),
    );
    expect(await fileRow("5285890799999999999")).toMatchObject({
      streamId: "found-in-vod",
      sessionKey: "css:from-callback",
      format: "flv",
      endedAt: new Date(TEST_NOW_MS),
      discoveredBy: "reconciliation",
      firstCallbackAt: new Date(TEST_NOW_MS + 5_000),
    });
  });
});
