import { asc } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { applications, callbackEvents } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { callbackFiltersSchema } from "@/lib/schemas/callback-filters";
import { listCallbackEvents } from "@/lib/data/callbacks/list-callback-events";
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
import { decodedInWords } from "@/lib/callbacks/testing/decoded-in-words";

/** The largest integer JSON can carry exactly: a valid number, and no date JavaScript can hold. */
const HUGE = Number.MAX_SAFE_INTEGER;

describe.each(testDatabaseKinds())("callback receiver against hostile bodies on $name", (kind) => {
  const handle = useTestDatabase(kind);
  const receiveCss = (body: string | Buffer) =>
    receiveCallback(post("/api/callbacks/recording", body), "css", { db: handle.db, nowMs: TEST_NOW_MS });
  const receiveTrtc = (request: Request) => receiveCallback(request, "trtc", { db: handle.db, nowMs: TEST_NOW_MS });
  const stored = () => handle.db.select().from(callbackEvents).orderBy(asc(callbackEvents.id));
  /** What every viewer of /callbacks gets: it must keep working whatever was stored. */
  // The inbox as it reads in English: decoded labels are catalog messages.
  const inbox = async () => {
    const page = await listCallbackEvents(handle.db, callbackFiltersSchema.parse({}));
    return { ...page, events: page.events.map((event) => ({ ...event, decoded: decodedInWords(event.decoded) })) };
  };

  beforeAll(async () => {
    await ensureApplications(handle.db, [{ sdkAppId: TEST_APP, name: "Test app", generation: "legacy" }]);
    await handle.db.update(applications).set({ callbackKey: TEST_KEY, trtcCallbackKey: TEST_TRTC_KEY });
  });
  beforeEach(async () => {
    // Counts held in memory belong to the rows about to go.
    await refusalCounterFor(handle.db).flush();
    await handle.db.delete(callbackEvents);
  });

  it("keeps an unsigned body with impossible times (401) without breaking the inbox", async () => {
    const body = { event_type: 100, appname: `trtc_${TEST_APP}`, start_time: HUGE, end_time: HUGE, t: HUGE, sign: "0" };
    expect((await receiveCss(JSON.stringify(body))).status).toBe(401);
    const stringTimes = { ...body, start_time: "99999999999999999999", event_time: -5, t: "1e400" };
    expect((await receiveCss(JSON.stringify(stringTimes))).status).toBe(401);

    const rows = await stored();
    expect(rows.map((row) => [row.signatureValid, row.eventTime])).toEqual([
      [false, null],
      [false, null],
    ]);
    const page = await inbox();
    expect(page.events).toHaveLength(2);
    expect(page.events[1]?.decoded).toEqual(
      expect.arrayContaining([
        { label: "Start", value: `${HUGE} (not a valid time)` },
        { label: "Signature expires (t)", value: `${HUGE} (not a valid time)` },
      ]),
    );
    expect(page.events[0]?.decoded).toContainEqual({
      label: "Start",
      value: "99999999999999999999 (not a valid time)",
    });
  });

  it("accepts a signed event whose times are impossible, storing them as unknown", async () => {
    const body = cssEvent({ end_time: HUGE, event_time: HUGE, t: HUGE, sign: cssSign(HUGE) });
    const response = await receiveCss(JSON.stringify(body));
    expect(response.status).toBe(200);
    expect((await stored())[0]).toMatchObject({ signatureValid: true, eventTime: null });
    expect((await inbox()).events[0]?.decoded).toContainEqual({ label: "End", value: `${HUGE} (not a valid time)` });
  });

  it("falls back from an impossible EventMsTs to EventTs, and to nothing", async () => {
    const withSeconds = trtcEvent({ EventInfo: { EventMsTs: HUGE, EventTs: TEST_NOW } });
    const withNeither = trtcEvent({ EventInfo: { EventMsTs: HUGE, EventTs: HUGE, TaskId: "task-2" } });
    expect((await receiveTrtc(trtcRequest(withSeconds))).status).toBe(200);
    expect((await receiveTrtc(trtcRequest(withNeither))).status).toBe(200);
    expect((await stored()).map((row) => row.eventTime?.getTime() ?? null)).toEqual([TEST_NOW_MS, null]);
    expect((await inbox()).events).toHaveLength(2);
  });

  it("stores NULs and lone surrogates, escaped or raw, as U+FFFD", async () => {
    const escaped = JSON.stringify(cssEvent({ stream_id: "a\u0000b", "key\u0000": "c\ud800d" }));
    expect(escaped).toContain("\\u0000");
    expect((await receiveCss(escaped)).status).toBe(200);
    // A raw NUL byte is not JSON at all: refused, and kept as evidence (two sources: two groups).
    const fromSource = (body: Buffer, address: string) =>
      receiveCallback(post("/api/callbacks/recording", body, { "x-forwarded-for": address }), "css", {
        db: handle.db,
        nowMs: TEST_NOW_MS,
      });
    expect((await fromSource(Buffer.from('{"event_type":100,"stream_id":"a\u0000b"}'), "192.0.2.1")).status).toBe(400);
    expect((await fromSource(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x00, 0x22, 0x7d]), "192.0.2.2")).status).toBe(400);

    const [valid, nulByte, badUtf8] = await stored();
    expect(valid).toMatchObject({ signatureValid: true, streamId: "a\uFFFDb", rawBody: escaped });
    expect(valid?.payload).toMatchObject({ stream_id: "a\uFFFDb", "key\uFFFD": "c\uFFFDd" });
    expect(nulByte?.rawBody).toBe('{"event_type":100,"stream_id":"a\uFFFDb"}');
    expect(badUtf8?.rawBody).toContain("\uFFFD");
    expect((await inbox()).events[2]?.decoded).toContainEqual({ label: "Stream id", value: "a\uFFFDb" });
  });

  it("verifies a TRTC body with \\u0000 on the bytes as sent", async () => {
    const body = trtcEvent({ EventInfo: { UserId: "bot\u0000" } });
    expect((await receiveTrtc(trtcRequest(body))).status).toBe(200);
    const [row] = await stored();
    expect(row?.signatureValid).toBe(true);
    expect(row?.rawBody).toBe(body);
  });

  it("acts on a signed room event whose user id holds a NUL, as stored, instead of failing it", async () => {
    const body = trtcEvent({
      EventGroupId: 1,
      EventType: 103,
      EventInfo: { RoomId: 4242, UserId: "eve\u0000\ud800", Role: 20, TaskId: undefined, Payload: undefined },
    });
    expect(body).toContain("\\u0000");
    expect((await receiveTrtc(trtcRequest(body))).status).toBe(200);
    expect((await stored())[0]).toMatchObject({ signatureValid: true, eventType: 103 });
  });

  it("refuses SdkAppIds beyond any integer instead of failing to look them up", async () => {
    const css = cssEvent({ appname: "trtc_99999999999999999999999" });
    expect((await receiveCss(JSON.stringify(css))).status).toBe(401);
    expect((await receiveTrtc(trtcRequest(trtcEvent(), TEST_TRTC_KEY, "99999999999999999999"))).status).toBe(401);
    const rows = await stored();
    expect(rows.map((row) => [row.sdkAppId, row.problem?.includes("names no SdkAppId")])).toEqual([
      [null, true],
      [null, true],
    ]);
  });

  it("refuses a body nested far too deep with 400, before walking it", async () => {
    const depth = 200_000;
    const body = `{"event_type":100,"x":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    const response = await receiveCss(body);
    expect(response.status).toBe(400);
    const [row] = await stored();
    expect(row).toMatchObject({ signatureValid: false, payload: null });
    expect(row?.problem).toContain("nests deeper than 32 levels");
    expect((await inbox()).events).toHaveLength(1);
  });

  it("keeps a huge stream id in the body only, and a __proto__ key as a plain key", async () => {
    const streamId = Array.from({ length: 4000 }, (_, index) => ((index * 7919) % 36).toString(36)).join("");
    const body = `{"event_type":100,"appname":"trtc_${TEST_APP}","stream_id":"${streamId}","__proto__":{"polluted":true},"t":${TEST_NOW + 600},"sign":"${cssSign(TEST_NOW + 600)}"}`;
    expect((await receiveCss(body)).status).toBe(200);
    const [row] = await stored();
    expect(row?.streamId).toBeNull();
    expect(Object.keys(row?.payload ?? {})).toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await inbox()).events[0]?.decoded).toContainEqual({ label: "Stream id", value: streamId });
  });
});
