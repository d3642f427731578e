import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { applications, callbackEvents } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import {
  CALLBACK_LIMIT_WINDOW_SECONDS,
  createCallbackSourceLimit,
} from "@/lib/actions/callbacks/callback-source-limit";
import { receiveCallback } from "@/lib/actions/callbacks/receive-callback";
import { MAX_REFUSAL_GROUPS, OVERFLOW_SOURCE, REFUSAL_SAMPLE_BYTES } from "@/lib/actions/callbacks/store-refusal";
import { TEST_APP, TEST_KEY, TEST_NOW_MS, TEST_TRTC_KEY, cssEvent, post } from "@/lib/callbacks/testing/deliveries";
import { RefusalCounter, refusalCounterFor } from "@/lib/actions/callbacks/refusal-counter";

/** The flood is 10,000 posts: bench/callbacks sends that many to a running console. */
const FLOOD = 1_000;
/** Posts in flight at once: a flood does not wait for each answer. */
const CONCURRENCY = 25;

async function inParallel(count: number, send: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let index = next++; index < count; index = next++) await send(index);
    }),
  );
}

/**
 * A garbage body that differs every time, as a fuzzer's would, with a forged signature; 3 KB, so
 * a row version per request (what a write per refusal costs) would show in the table's size.
 */
const garbage = (index: number) =>
  JSON.stringify({
    event_type: 100,
    appname: `trtc_${TEST_APP}`,
    t: TEST_NOW_MS / 1000 + 600,
    sign: `x${index}`,
    padding: "p".repeat(3000),
  });

describe.each(testDatabaseKinds())("the callback receiver under a flood on $name", (kind) => {
  const handle = useTestDatabase(kind);
  const receive = (body: string, address: string, options: Partial<Parameters<typeof receiveCallback>[2]> = {}) =>
    receiveCallback(post("/api/callbacks/recording", body, { "x-forwarded-for": address }), "css", {
      db: handle.db,
      nowMs: TEST_NOW_MS,
      ...options,
    });
  const tableBytes = async () => {
    const [row] = await handle.db
      .select({ bytes: sql<string>`pg_total_relation_size('callback_events')::text` })
      .from(applications)
      .limit(1);
    return Number(row?.bytes);
  };
  const rows = () => handle.db.select().from(callbackEvents).orderBy(asc(callbackEvents.id));

  beforeAll(async () => {
    await ensureApplications(handle.db, [{ sdkAppId: TEST_APP, name: "Test app", generation: "legacy" }]);
    await handle.db.update(applications).set({ callbackKey: TEST_KEY, trtcCallbackKey: TEST_TRTC_KEY });
  });
  beforeEach(async () => {
    // Counts held in memory belong to the rows about to go.
    await refusalCounterFor(handle.db).flush();
    await handle.db.delete(callbackEvents);
  });

  it(`keeps ${FLOOD} forged posts from one address as one counted row, and stores a valid event sent during it`, async () => {
    const before = await tableBytes();
    const valid = JSON.stringify(cssEvent({ file_id: "5285890700000000001" }));
    await inParallel(FLOOD, async (index) => {
      if (index === FLOOD / 2) expect((await receive(valid, "203.0.113.9")).status).toBe(200);
      expect((await receive(garbage(index), "198.51.100.7")).status).toBe(401);
    });
    await refusalCounterFor(handle.db).flush();
    const stored = await rows();
    expect(stored.map((row) => [row.signatureValid, row.source, row.refusalReason, row.deliveries])).toEqual(
      expect.arrayContaining([
        [false, "198.51.100.7", "bad-signature", FLOOD],
        [true, null, null, 1],
      ]),
    );
    expect(stored).toHaveLength(2);
    const refused = stored.find((row) => !row.signatureValid);
    expect(refused?.headers).toMatchObject({ "content-type": "application/json", "x-forwarded-for": "198.51.100.7" });
    // A row version per refusal would be 3 MB here; one per write window is a few pages.
    expect((await tableBytes()) - before).toBeLessThan(256 * 1024);
  });

  it("keeps only the first few KB of a refused body, and no parsed copy of a cut one", async () => {
    const big = JSON.stringify({ ...cssEvent(), sign: "forged", padding: "p".repeat(100_000) });
    expect((await receive(big, "198.51.100.8")).status).toBe(401);
    const [row] = await rows();
    expect(Buffer.byteLength(row?.rawBody ?? "")).toBe(REFUSAL_SAMPLE_BYTES);
    expect(row?.bodyBytes).toBe(Buffer.byteLength(big));
    expect(row?.payload).toBeNull();
    expect(row?.problem).toContain("`sign` is not md5");
  });

  it(`puts refusals from made-up addresses past ${MAX_REFUSAL_GROUPS} groups into one overflow group`, async () => {
    const addresses = MAX_REFUSAL_GROUPS + 100;
    await inParallel(addresses, async (index) => {
      const address = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
      expect((await receive(garbage(index), address)).status).toBe(401);
    });
    await refusalCounterFor(handle.db).flush();
    const stored = await rows();
    // The groups, and the overflow's.
    expect(stored).toHaveLength(MAX_REFUSAL_GROUPS + 1);
    const overflow = stored.find((row) => row.source === OVERFLOW_SOURCE);
    expect(overflow?.deliveries).toBe(100);
    expect(stored.reduce((total, row) => total + row.deliveries, 0)).toBe(addresses);
  });

  it("answers 429 unread past the source's limit, records it, and lets other sources through", async () => {
    const points = 10;
    const sourceLimit = await createCallbackSourceLimit(handle.db, points);
    const flooder = `198.51.100.${kind.name === "PGlite" ? 20 : 21}`;
    const statuses: number[] = [];
    for (let index = 0; index < points + 5; index++) {
      const response = await receive(garbage(index), flooder, { sourceLimit });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(CALLBACK_LIMIT_WINDOW_SECONDS);
      }
    }
    expect(statuses).toEqual([...Array<number>(points).fill(401), ...Array<number>(5).fill(429)]);
    const valid = JSON.stringify(cssEvent({ file_id: "5285890700000000002" }));
    expect((await receive(valid, "203.0.113.10", { sourceLimit })).status).toBe(200);
    await refusalCounterFor(handle.db).flush();
    const limited = await handle.db
      .select()
      .from(callbackEvents)
      .where(eq(callbackEvents.refusalReason, "rate-limited"));
    expect(limited.map((row) => [row.source, row.deliveries])).toEqual([[flooder, 5]]);
    expect(limited[0]?.problem).toMatch(/\(CALLBACK_RATE_LIMIT per 10 s\); retry in \d+ s/);
  });

  it("writes a group's first refusal at once and the rest of its window when the window ends", async () => {
    const counter = new RefusalCounter(handle.db, 300);
    const refusal = (index: number) => ({
      family: "css" as const,
      source: "198.51.100.30",
      reason: "bad-signature" as const,
      problem: `forged ${index}`,
      body: Buffer.from(garbage(index)),
      bodyBytes: garbage(index).length,
      payload: null,
      summary: { sdkAppId: null, eventType: null, streamId: null, eventTime: null },
      headers: new Headers({ "x-forwarded-for": "198.51.100.30" }),
    });
    for (const index of [1, 2, 3]) await counter.record(refusal(index));
    expect((await rows()).map((row) => [row.deliveries, row.problem])).toEqual([[1, "forged 1"]]);
    // The window's timer writes the other two, with the latest one's sample.
    await expect
      .poll(async () => (await rows()).map((row) => [row.deliveries, row.problem]))
      .toEqual([[3, "forged 3"]]);
    // A row deleted meanwhile (retention) comes back with the counts it missed.
    await counter.record(refusal(4));
    await counter.record(refusal(5));
    await handle.db.delete(callbackEvents);
    await counter.flush();
    expect((await rows()).map((row) => [row.deliveries, row.problem])).toEqual([[1, "forged 5"]]);
  });

  // Several console instances share one database only on PostgreSQL; PGlite is one process.
  it.runIf(kind.name === "PostgreSQL")("counts one source's requests across console instances", async () => {
    const points = 6;
    const [first, second] = await Promise.all([
      createCallbackSourceLimit(handle.db, points),
      createCallbackSourceLimit(handle.db, points),
    ]);
    const source = `192.0.2.${Date.now() % 200}`;
    const verdicts = [];
    for (let index = 0; index < points + 2; index++)
      verdicts.push((await (index % 2 === 0 ? first : second).check(source)).isAllowed);
    expect(verdicts).toEqual([...Array<boolean>(points).fill(true), false, false]);
  });
});
