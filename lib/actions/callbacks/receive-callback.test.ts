import { asc } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { openDatabase } from "@/lib/db/open-database";
import { applications, callbackEvents } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { receiveCallback } from "@/lib/actions/callbacks/receive-callback";
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
import { refusalCounterFor } from "@/lib/actions/callbacks/refusal-counter";

const APP = TEST_APP;
const KEY = TEST_KEY;
const NOW_MS = TEST_NOW_MS;
const NOW = TEST_NOW;
const trtcBody = (callbackTs: number) => trtcEvent({ CallbackTs: callbackTs });

describe.each(testDatabaseKinds())("callback receiver on $name", (kind) => {
  const handle = useTestDatabase(kind);
  const receive = (request: Request, family: "css" | "trtc") =>
    receiveCallback(request, family, { db: handle.db, nowMs: NOW_MS });
  const stored = () => handle.db.select().from(callbackEvents).orderBy(asc(callbackEvents.id));

  beforeAll(async () => {
    await ensureApplications(handle.db, [{ sdkAppId: APP, name: "Test app", generation: "legacy" }]);
    await handle.db.update(applications).set({ callbackKey: KEY, trtcCallbackKey: TEST_TRTC_KEY });
  });
  beforeEach(async () => {
    // Counts held in memory belong to the rows about to go.
    await refusalCounterFor(handle.db).flush();
    await handle.db.delete(callbackEvents);
  });

  it("stores a valid CSS event once, however often it is delivered", async () => {
    const first = await receive(post("/api/callbacks/recording", JSON.stringify(cssEvent())), "css");
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ code: 0 });
    // Tencent's retry carries the same event with a fresh t and sign.
    const retry = await receive(
      post(
        "/api/callbacks/recording",
        JSON.stringify(
          cssEvent({
            t: NOW + 900,
            sign: cssSign(NOW + 900),
          }),
        ),
      ),
      "css",
    );
    expect(retry.status).toBe(200);
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      signatureValid: true,
      problem: null,
      deliveries: 2,
      sdkAppId: APP,
      eventType: 100,
      streamId: `${APP}_2001_alice_main`,
    });
  });

  it("refuses a wrong sign and an expired t with 401, and records both", async () => {
    const wrong = await receive(
      post("/api/callbacks/recording", JSON.stringify(cssEvent({ sign: "0".repeat(32) }))),
      "css",
    );
    expect(wrong.status).toBe(401);
    const expiredT = NOW - 1;
    const expired = await receive(
      post("/api/callbacks/recording", JSON.stringify(cssEvent({ t: expiredT, sign: cssSign(expiredT) }))),
      "css",
    );
    expect(expired.status).toBe(401);
    const rows = await stored();
    expect(rows.map((row) => [row.signatureValid, row.problem?.includes("expired") ?? false])).toEqual([
      [false, false],
      [false, true],
    ]);
  });

  it("refuses events of applications it does not manage", async () => {
    const response = await receive(
      post("/api/callbacks/recording", JSON.stringify(cssEvent({ appname: "trtc_1400999999" }))),
      "css",
    );
    expect(response.status).toBe(401);
    expect((await stored())[0]?.problem).toContain("1400999999 is not an application");
  });

  it("answers malformed JSON with 400 and oversized bodies with 413, recording both", async () => {
    expect((await receive(post("/api/callbacks/recording", "{not json"), "css")).status).toBe(400);
    expect((await receive(post("/api/callbacks/recording", "[1,2]"), "css")).status).toBe(400);
    const huge = JSON.stringify(cssEvent({ padding: "x".repeat(1024 * 1024) }));
    expect((await receive(post("/api/callbacks/recording", huge), "css")).status).toBe(413);
    // One source, one reason: the two bodies that are not JSON are one group, counted twice (the
    // second in memory until its write window ends, or a flush).
    await refusalCounterFor(handle.db).flush();
    const rows = await stored();
    expect(rows.map((row) => [row.signatureValid, row.refusalReason, row.deliveries])).toEqual([
      [false, "not-json", 2],
      [false, "body-too-large", 1],
    ]);
    expect(rows[0]?.rawBody).toBe("[1,2]");
    expect(rows[1]?.problem).toContain("limit is 1048576 bytes");
    expect(rows[1]?.rawBody).toBe("");
  });

  it("verifies TRTC events by their Sign header and deduplicates retries with a new CallbackTs", async () => {
    expect((await receive(trtcRequest(trtcBody(NOW_MS + 10)), "trtc")).status).toBe(200);
    expect((await receive(trtcRequest(trtcBody(NOW_MS + 10_010)), "trtc")).status).toBe(200);
    expect((await receive(trtcRequest(trtcBody(NOW_MS + 20), "wrong-key"), "trtc")).status).toBe(401);
    const rows = await stored();
    expect(rows.map((row) => [row.family, row.signatureValid, row.deliveries, row.eventType])).toEqual([
      ["trtc", true, 2, 311],
      ["trtc", false, 1, 311],
    ]);
    expect(rows[0]?.eventTime?.getTime()).toBe(NOW_MS);
  });

  // Several console instances share one database only on PostgreSQL; PGlite is one process.
  it.runIf(kind.name === "PostgreSQL")(
    "loses and duplicates nothing when several instances receive the same events at once",
    async () => {
      const second = await openDatabase(handle.config);
      try {
        const events = Array.from({ length: 10 }, (_, index) => JSON.stringify(cssEvent({ file_id: `file-${index}` })));
        const deliveries = events.flatMap((body) => [
          receiveCallback(post("/api/callbacks/recording", body), "css", { db: handle.db, nowMs: NOW_MS }),
          receiveCallback(post("/api/callbacks/recording", body), "css", { db: second.db, nowMs: NOW_MS }),
        ]);
        const statuses = (await Promise.all(deliveries)).map((response) => response.status);
        expect(statuses.every((status) => status === 200)).toBe(true);
        const rows = await stored();
        expect(rows).toHaveLength(10);
        expect(rows.every((row) => row.deliveries === 2)).toBe(true);
      } finally {
        await second.close();
      }
    },
  );
});
