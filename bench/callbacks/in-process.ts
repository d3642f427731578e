/**
 * `node --conditions=react-server --import tsx bench/callbacks/in-process.ts [events=2000] [pglite|postgres]`:
 * the receiver without Next in front of it. Calls `receiveCallback` in-process as the endpoint
 * does (source limit, cached keys) with the bench's signed 103 deliveries, 10 at a time as the
 * HTTP bench's 10 connections: new events folded into their room, new events not folded, and
 * the same events again; then times each step of one delivery alone, one call after another, so
 * one can say where a callback's time goes (and, against bench/callbacks/run.ts, how much of it
 * is Next's). Add `--cpu-prof` to the node flags for a profile. The react-server condition lets
 * `server-only` modules load outside Next. PostgreSQL: a fresh database on TEST_DATABASE_URL's
 * server (or postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { applicationKeyOf } from "@/lib/actions/callbacks/application-key";
import { applicationKeysCacheFor } from "@/lib/actions/callbacks/application-keys-cache";
import { createCallbackSourceLimit } from "@/lib/actions/callbacks/callback-source-limit";
import { checkDelivery, summarizeDelivery } from "@/lib/callbacks/check-delivery";
import { parseCallbackBody } from "@/lib/callbacks/parse-callback-body";
import { receiveCallback } from "@/lib/actions/callbacks/receive-callback";
import { pinTrtcCallbackKey } from "@/lib/actions/callbacks/trtc-callback-key";
import { openDatabase, type OpenDatabase } from "@/lib/db/open-database";
import { formatTable, median, percentile } from "../shared/stats";
import { BENCH_APP, BENCH_TRTC_KEY } from "./console-process";
import { createBenchDatabase } from "./database-size";
import { enterRoomDelivery, sourceOf, type SignedDelivery } from "./trtc-deliveries";

const CONCURRENCY = 10;
const EVENTS = Number(process.argv[2] ?? 2000);
const KIND = process.argv[3] === "postgres" ? "postgres" : "pglite";

const requestOf = (delivery: SignedDelivery) =>
  new Request("http://127.0.0.1/api/callbacks/trtc", {
    method: "POST",
    body: delivery.body,
    headers: delivery.headers,
  });

async function open(): Promise<{ handle: OpenDatabase; dispose: () => Promise<void> }> {
  if (KIND === "pglite") {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bench-receiver-"));
    const handle = await openDatabase({ kind: "pglite", dataDir: path.join(dir, "db") });
    return { handle, dispose: () => rm(dir, { recursive: true, force: true }) };
  }
  const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const database = await createBenchDatabase(serverUrl, `bench_receiver_${process.pid}`);
  const handle = await openDatabase({ kind: "postgres", url: database.url });
  return { handle, dispose: () => database.drop() };
}

/** Times `step` `runs` times in a row (nothing else in flight): its own cost, in ms. */
async function timed(runs: number, step: (index: number) => unknown): Promise<string[]> {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await step(index);
    times.push(performance.now() - start);
  }
  return [median(times).toFixed(3), percentile(times, 0.95).toFixed(3)];
}

async function main(): Promise<void> {
  const { handle, dispose } = await open();
  const { db } = handle;
  try {
    await ensureApplications(db, [{ sdkAppId: BENCH_APP, name: "Bench app", generation: "legacy" }]);
    await pinTrtcCallbackKey(db, [BENCH_APP], BENCH_TRTC_KEY);
    const sourceLimit = await createCallbackSourceLimit(db, 100_000);
    const keys = applicationKeysCacheFor(db);
    const receive = (delivery: SignedDelivery, options: { fold?: boolean } = {}) =>
      receiveCallback(requestOf(delivery), "trtc", {
        db,
        sourceLimit,
        keys,
        ...(options.fold === false ? { handleTrtcEvent: async () => undefined } : {}),
      });
    for (let index = 0; index < 200; index += 1) await receive(enterRoomDelivery(`warm-${index}`, sourceOf(index)));

    for (const [label, fold, prefix] of [
      ["new events, folded into the room", true, "user"],
      ["new events, not folded", false, "unfolded"],
      ["the same events again (duplicates)", true, "user"],
    ] as const) {
      let next = 0;
      const statuses = new Map<number, number>();
      const start = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let index = next++; index < EVENTS; index = next++) {
            const { status } = await receive(enterRoomDelivery(`${prefix}-${index}`, sourceOf(index)), { fold });
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          }
        }),
      );
      const seconds = (performance.now() - start) / 1000;
      console.log(
        `${KIND}, ${CONCURRENCY} at a time, ${label}: ${(EVENTS / seconds).toFixed(0)}/s; ${[...statuses].map(([status, count]) => `${status}×${count}`).join(" ")}; load ${os.loadavg()[0]?.toFixed(2)}`,
      );
    }

    const runs = 500;
    const sample = enterRoomDelivery("sample", sourceOf(0));
    const bytes = Buffer.from(sample.body);
    const parsed = parseCallbackBody(sample.body);
    if (!parsed.ok) throw new Error("the sample does not parse");
    const summary = summarizeDelivery("trtc", parsed.payload, String(BENCH_APP));
    const application = await applicationKeyOf(db, "trtc", BENCH_APP);
    const rows = [
      ["source limit (check)", ...(await timed(runs, (index) => sourceLimit.check(sourceOf(index))))],
      ["read body (Request → Buffer)", ...(await timed(runs, () => requestOf(sample).arrayBuffer()))],
      ["parse JSON", ...(await timed(runs, () => parseCallbackBody(sample.body)))],
      [
        "summarize (canonical JSON + sha256)",
        ...(await timed(runs, () => summarizeDelivery("trtc", parsed.payload, String(BENCH_APP)))),
      ],
      ["application key (SELECT)", ...(await timed(runs, () => applicationKeyOf(db, "trtc", BENCH_APP)))],
      ["application key (cached)", ...(await timed(runs, () => keys.keyOf("trtc", BENCH_APP, Date.now())))],
      [
        "verify (HMAC + CallbackTs)",
        ...(await timed(runs, () =>
          checkDelivery({
            family: "trtc",
            payload: parsed.payload,
            rawBytes: bytes,
            sign: sample.headers.Sign ?? null,
            summary,
            application,
            nowMs: Date.now(),
          }),
        )),
      ],
      [
        "whole delivery, new event",
        ...(await timed(runs, (index) => receive(enterRoomDelivery(`timed-${index}`, sourceOf(index))))),
      ],
      [
        "whole delivery, new event, not folded",
        ...(await timed(runs, (index) =>
          receive(enterRoomDelivery(`timed-unfolded-${index}`, sourceOf(index)), { fold: false }),
        )),
      ],
      [
        "whole delivery, duplicate",
        ...(await timed(runs, (index) => receive(enterRoomDelivery(`timed-${index}`, sourceOf(index))))),
      ],
    ];
    console.log(formatTable(["step (one at a time)", "median ms", "p95 ms"], rows));
  } finally {
    await handle.close();
    await dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
