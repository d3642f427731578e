import { createHmac } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { openDatabase } from "@/lib/db/open-database";
import { applications, callbackEvents } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { MAX_REPLY_BODY_BYTES } from "@/lib/callbacks/callback-reply";
import type { ReceivedTrtcEvent } from "@/lib/callbacks/received-trtc-event";
import { receiveCallback } from "@/lib/actions/callbacks/receive-callback";
import { lastVerifiedTrtcEvents } from "@/lib/data/callbacks/last-trtc-events";
import {
  TEST_APP,
  TEST_KEY,
  TEST_NOW_MS,
  TEST_TRTC_KEY,
  post,
  trtcEvent,
  trtcRequest,
} from "@/lib/callbacks/testing/deliveries";
import { refusalCounterFor } from "@/lib/actions/callbacks/refusal-counter";

/** The doc's test vector (cloud.tencent.com 647/90450, trtc.io 54912): key 123654, event 204, tab-indented, byte for byte. */
const DOC_APP = 1400000456;
const DOC_KEY = "123654";
const DOC_BODY =
  '{\n\t"EventGroupId":\t2,\n\t"EventType":\t204,\n\t"CallbackTs":\t1664209748188,\n\t"EventInfo":\t{\n\t\t"RoomId":\t8489,\n\t\t"EventTs":\t1664209748,\n\t\t"EventMsTs":\t1664209748180,\n\t\t"UserId":\t"user_85034614",\n\t\t"Reason":\t0\n\t}\n}';
const DOC_SIGN = "kkoFeO3Oh2ZHnjtg8tEAQhtXK16/KI05W3BQff8IvGA=";
const DOC_NOW_MS = 1664209748188 + 150;

const MINUTE = 60_000;

/** An event of each group, with the fields of Tencent's samples (trtc.io 39558, reference §4.4). */
const enterRoom = (overrides: Record<string, unknown> = {}) =>
  trtcEvent({
    EventGroupId: 1,
    EventType: 103,
    EventInfo: {
      RoomId: 12345,
      EventTs: Math.floor(TEST_NOW_MS / 1000),
      EventMsTs: TEST_NOW_MS,
      UserId: "test",
      Role: 20,
      TerminalType: 3,
      UserType: 3,
      Reason: 1,
      TaskId: undefined,
      Payload: undefined,
      ...overrides,
    },
  });
const startVideo = () =>
  trtcEvent({
    EventGroupId: 2,
    EventType: 201,
    EventInfo: { RoomId: "room-a", EventMsTs: TEST_NOW_MS, UserId: "alice", TaskId: undefined, Payload: undefined },
  });
const recorderStarted = () =>
  trtcEvent({ EventType: 301, EventInfo: { UserId: "bot-1", TaskId: "task-9", Payload: { Status: 0 } } });

describe.each(testDatabaseKinds())("the TRTC receiver on $name", (kind) => {
  const handle = useTestDatabase(kind);
  const handled: ReceivedTrtcEvent[] = [];
  const receive = (request: Request, nowMs = TEST_NOW_MS) =>
    receiveCallback(request, "trtc", {
      db: handle.db,
      nowMs,
      handleTrtcEvent: async (_db, event) => {
        handled.push(event);
      },
    });
  const stored = () => handle.db.select().from(callbackEvents).orderBy(asc(callbackEvents.id));
  const setKeys = (sdkAppId: number, keys: Partial<typeof applications.$inferInsert>) =>
    handle.db.update(applications).set(keys).where(eq(applications.sdkAppId, sdkAppId));

  beforeAll(async () => {
    await ensureApplications(handle.db, [
      { sdkAppId: TEST_APP, name: "Test app", generation: "legacy" },
      { sdkAppId: DOC_APP, name: "Doc app", generation: "cloud" },
    ]);
  });
  beforeEach(async () => {
    handled.length = 0;
    // Counts held in memory belong to the rows about to go.
    await refusalCounterFor(handle.db).flush();
    await handle.db.delete(callbackEvents);
    await setKeys(TEST_APP, {
      callbackKey: TEST_KEY,
      trtcCallbackKey: TEST_TRTC_KEY,
      trtcCallbackPreviousKey: null,
      trtcCallbackPreviousKeyUntil: null,
    });
    await setKeys(DOC_APP, { trtcCallbackKey: DOC_KEY });
  });

  it("accepts the doc's own signed 204 byte for byte, and hands it on once", async () => {
    const response = await receive(
      post("/api/callbacks/trtc", DOC_BODY, { SdkAppId: String(DOC_APP), Sign: DOC_SIGN }),
      DOC_NOW_MS,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ code: 0 });
    const [row] = await stored();
    expect(row).toMatchObject({ signatureValid: true, sdkAppId: DOC_APP, eventType: 204, rawBody: DOC_BODY });
    expect(row?.eventTime?.getTime()).toBe(1664209748180);
    expect(handled).toEqual([
      expect.objectContaining({
        sdkAppId: DOC_APP,
        eventGroupId: 2,
        eventType: 204,
        eventMs: 1664209748180,
        eventInfo: expect.objectContaining({ RoomId: 8489, UserId: "user_85034614", Reason: 0 }) as unknown,
      }),
    ]);
  });

  it("accepts room (1), media (2) and cloud-recording (3) events signed with the app's TRTC key", async () => {
    for (const body of [enterRoom(), startVideo(), recorderStarted()])
      expect((await receive(trtcRequest(body))).status).toBe(200);
    expect((await stored()).map((row) => [row.eventType, row.signatureValid])).toEqual([
      [103, true],
      [201, true],
      [301, true],
    ]);
    expect(handled.map((event) => [event.eventGroupId, event.eventType])).toEqual([
      [1, 103],
      [2, 201],
      [3, 301],
    ]);
    const last = await lastVerifiedTrtcEvents(handle.db, TEST_APP);
    expect(last.roomAndMedia).toBeInstanceOf(Date);
    expect(last.recording).toBeInstanceOf(Date);
    expect(await lastVerifiedTrtcEvents(handle.db, DOC_APP)).toEqual({ roomAndMedia: null, recording: null });
  });

  it("never verifies with the CSS key, nor with another key", async () => {
    for (const key of [TEST_KEY, "SomeOtherKey1"]) {
      const response = await receive(trtcRequest(enterRoom(), key));
      expect(response.status).toBe(401);
    }
    await refusalCounterFor(handle.db).flush();
    const rows = await stored();
    // One body, two refusals for the same reason: kept once, counted twice.
    expect(rows.map((row) => [row.signatureValid, row.deliveries])).toEqual([[false, 2]]);
    expect(rows[0]?.problem).toContain("with the app's TRTC callback key");
    expect(handled).toEqual([]);
    expect(await lastVerifiedTrtcEvents(handle.db, TEST_APP)).toEqual({ roomAndMedia: null, recording: null });
  });

  it("refuses every TRTC event of an app that has no TRTC key, saying where to set one", async () => {
    await setKeys(TEST_APP, { trtcCallbackKey: null });
    expect((await receive(trtcRequest(enterRoom()))).status).toBe(401);
    expect((await stored())[0]?.problem).toContain("Settings → TRTC callbacks");
  });

  it("accepts the key before a rotation during its grace, and not after", async () => {
    await setKeys(TEST_APP, {
      trtcCallbackKey: "NewKeyAfterRotation",
      trtcCallbackPreviousKey: TEST_TRTC_KEY,
      trtcCallbackPreviousKeyUntil: new Date(TEST_NOW_MS + MINUTE),
    });
    expect((await receive(trtcRequest(enterRoom()))).status).toBe(200);
    expect((await receive(trtcRequest(startVideo(), "NewKeyAfterRotation"))).status).toBe(200);
    // The same signed body, once the grace is over (its CallbackTs still fresh at that time).
    const late = TEST_NOW_MS + 2 * MINUTE;
    const body = enterRoom({ UserId: "late", EventMsTs: late });
    const refused = await receive(trtcRequest(JSON.stringify({ ...JSON.parse(body), CallbackTs: late })), late);
    expect(refused.status).toBe(401);
    expect((await stored()).map((row) => row.signatureValid)).toEqual([true, true, false]);
  });

  it("refuses a CallbackTs over 10 minutes old or over 5 minutes ahead, storing why", async () => {
    const sentAt = (offset: number) => JSON.stringify({ ...JSON.parse(enterRoom()), CallbackTs: TEST_NOW_MS + offset });
    expect((await receive(trtcRequest(sentAt(-10 * MINUTE)))).status).toBe(200);
    expect((await receive(trtcRequest(sentAt(-10 * MINUTE - 1000)))).status).toBe(401);
    expect((await receive(trtcRequest(sentAt(5 * MINUTE)))).status).toBe(200);
    expect((await receive(trtcRequest(sentAt(5 * MINUTE + 1000)))).status).toBe(401);
    const rows = await stored();
    // The two accepted ones are one event (only CallbackTs differs): stored once, counted twice.
    expect(rows.map((row) => [row.signatureValid, row.deliveries])).toEqual([
      [true, 2],
      [false, 1],
      [false, 1],
    ]);
    expect(rows[1]?.problem).toContain("deliveries older than 10 minutes are refused");
    expect(rows[2]?.problem).toContain("ahead of this server's clock");
    expect(handled).toHaveLength(1);
  });

  it("takes a retry with a new CallbackTs as the same event, and a different EventInfo as another", async () => {
    expect(await receive(trtcRequest(trtcEvent({ CallbackTs: TEST_NOW_MS + 10 })))).toMatchObject({ status: 200 });
    expect(await receive(trtcRequest(trtcEvent({ CallbackTs: TEST_NOW_MS + 10_010 })))).toMatchObject({ status: 200 });
    // Key order and whitespace are not the event: the same EventInfo re-serialised is a repeat too.
    const reordered = JSON.parse(trtcEvent({ CallbackTs: TEST_NOW_MS + 20_020 })) as {
      EventInfo: Record<string, unknown>;
    };
    const reversed = { ...reordered, EventInfo: Object.fromEntries(Object.entries(reordered.EventInfo).reverse()) };
    expect(await receive(trtcRequest(JSON.stringify(reversed, null, "\t")))).toMatchObject({ status: 200 });
    expect(await receive(trtcRequest(trtcEvent({ EventInfo: { TaskId: "task-2" } })))).toMatchObject({ status: 200 });
    expect((await stored()).map((row) => row.deliveries)).toEqual([3, 1]);
    expect(handled.map((event) => event.eventInfo.TaskId)).toEqual(["task-1", "task-2"]);
  });

  it("keeps one app's event apart from the same event of another app", async () => {
    await receive(trtcRequest(enterRoom()));
    await receive(trtcRequest(enterRoom(), DOC_KEY, String(DOC_APP)));
    expect((await stored()).map((row) => [row.sdkAppId, row.deliveries])).toEqual([
      [TEST_APP, 1],
      [DOC_APP, 1],
    ]);
  });

  it("stores concurrent duplicates once, counted, and hands the event on once", async () => {
    const bodies = Array.from({ length: 8 }, (_, attempt) =>
      JSON.stringify({ ...JSON.parse(enterRoom()), CallbackTs: TEST_NOW_MS + attempt }),
    );
    const statuses = await Promise.all(bodies.map(async (body) => (await receive(trtcRequest(body))).status));
    expect(statuses).toEqual(bodies.map(() => 200));
    expect((await stored()).map((row) => row.deliveries)).toEqual([8]);
    expect(handled).toHaveLength(1);
  });

  it("stores nothing and answers 500 when acting on the event fails, so the retry counts as new", async () => {
    const failing = (request: Request) =>
      receiveCallback(request, "trtc", {
        db: handle.db,
        nowMs: TEST_NOW_MS,
        handleTrtcEvent: () => Promise.reject(new Error("fold failed")),
      });
    expect((await failing(trtcRequest(enterRoom()))).status).toBe(500);
    expect(await stored()).toEqual([]);
    expect((await receive(trtcRequest(enterRoom()))).status).toBe(200);
    expect((await stored()).map((row) => row.deliveries)).toEqual([1]);
    expect(handled).toHaveLength(1);
  });

  it("answers in fewer bytes than TRTC allows, whatever it refuses", async () => {
    const replies = [
      await receive(trtcRequest(enterRoom(), "wrong")),
      await receive(post("/api/callbacks/trtc", "{oops", { SdkAppId: String(TEST_APP) })),
      await receive(trtcRequest(enterRoom(), TEST_TRTC_KEY, "9".repeat(5000))),
      await receive(trtcRequest(enterRoom())),
    ];
    for (const reply of replies)
      expect(Buffer.byteLength(await reply.text())).toBeLessThanOrEqual(MAX_REPLY_BODY_BYTES);
  });

  // Several console instances share one database only on PostgreSQL; PGlite is one process.
  it.runIf(kind.name === "PostgreSQL")(
    "two instances receiving the same retries at once store each event once and act on it once",
    async () => {
      const second = await openDatabase(handle.config);
      try {
        const deliveries = Array.from({ length: 6 }, (_, index) => enterRoom({ UserId: `user-${index}` })).flatMap(
          (body) =>
            [0, 1].map((attempt) =>
              receiveCallback(
                trtcRequest(JSON.stringify({ ...JSON.parse(body), CallbackTs: TEST_NOW_MS + attempt })),
                "trtc",
                {
                  db: attempt === 0 ? handle.db : second.db,
                  nowMs: TEST_NOW_MS,
                  handleTrtcEvent: async (_db, event) => {
                    handled.push(event);
                  },
                },
              ),
            ),
        );
        const statuses = (await Promise.all(deliveries)).map((response) => response.status);
        expect(statuses.every((status) => status === 200)).toBe(true);
        const rows = await stored();
        expect(rows).toHaveLength(6);
        expect(rows.every((row) => row.deliveries === 2)).toBe(true);
        expect(handled).toHaveLength(6);
      } finally {
        await second.close();
      }
    },
  );
});

describe("the doc's test vector", () => {
  it("is what HMAC-SHA256 with key 123654 gives over the body as sent", () => {
    expect(createHmac("sha256", DOC_KEY).update(DOC_BODY).digest("base64")).toBe(DOC_SIGN);
  });
});
