/**
 * `npx tsx bench/callbacks/run.ts [valid=3000] [flood=10000]` (after `npm run build`): the built
 * console's callback endpoint under load, on PGlite and on PostgreSQL (TEST_DATABASE_URL or
 * postgres://postgres@127.0.0.1:5432/postgres), each with a fresh database:
 * - a baseline: GET /api/health, the same server answering with no work behind it;
 * - valid TRTC events (103, each new, signed, from 50 source addresses): rate, p50/p99;
 * - duplicates: 200 events delivered 5 times each: rate, and the inbox holds each once, counted 5×;
 * - floods of forged posts: `flood` from one address (the rate limit answers most with 429) and
 *   `flood` from a new made-up address each (past the source limit, into refusal groups), with a
 *   valid event sent in the middle of each; the database's growth, measured with the console
 *   stopped; and whether the valid events were stored.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { formatTable } from "../shared/stats";
import { startConsole, type ConsoleProcess } from "./console-process";
import { createBenchDatabase, directoryBytes } from "./database-size";
import { inboxEvents, signIn } from "./inbox";
import { getMany, postMany, type LoadResult } from "./load";
import { enterRoomDelivery, garbageDelivery, sourceOf } from "./trtc-deliveries";

const CONNECTIONS = 10;
const DUPLICATE_EVENTS = 200;
const DUPLICATE_TRIES = 5;

const positiveInteger = (raw: string | undefined, fallback: number) => {
  const value = Number(raw ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`expected a positive whole number, got ${raw}`);
  return value;
};
const VALID = positiveInteger(process.argv[2], 3000);
const FLOOD = positiveInteger(process.argv[3], 10_000);

interface Database {
  name: string;
  /** A console on a fresh database (or the same one again, `again`). */
  start(again?: boolean): Promise<ConsoleProcess>;
  /** Its size with no console running. */
  bytes(): Promise<{ database: number; inbox: number | null }>;
  dispose(): Promise<void>;
}

async function pgliteDatabase(): Promise<Database> {
  const root = await mkdtemp(path.join(os.tmpdir(), "bench-callbacks-"));
  let dataDir = "";
  let runs = 0;
  return {
    name: "PGlite",
    start: async (again = false) => {
      if (!again) dataDir = path.join(root, `console-${runs++}`);
      return startConsole({ dataDir });
    },
    bytes: async () => ({ database: await directoryBytes(path.join(dataDir, "db")), inbox: null }),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

async function postgresDatabase(serverUrl: string): Promise<Database> {
  let runs = 0;
  let current: Awaited<ReturnType<typeof createBenchDatabase>> | undefined;
  const dropped: Array<() => Promise<void>> = [];
  return {
    name: "PostgreSQL",
    start: async (again = false) => {
      if (!again || !current) {
        current = await createBenchDatabase(serverUrl, `bench_callbacks_${process.pid}_${runs++}`);
        const made = current;
        dropped.push(() => made.drop());
      }
      return startConsole({
        dataDir: await mkdtemp(path.join(os.tmpdir(), "bench-callbacks-pg-")),
        databaseUrl: current.url,
      });
    },
    bytes: async () => {
      if (!current) throw new Error("no database yet");
      return current.bytes();
    },
    dispose: async () => {
      for (const drop of dropped) await drop();
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const statuses = (result: LoadResult) =>
  Object.entries(result.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(" ");
const row = (name: string, result: LoadResult, baseline: LoadResult) => [
  name,
  String(result.requests),
  result.perSecond.toFixed(0),
  (result.perSecond / baseline.perSecond).toFixed(2),
  `${result.p50Ms}`,
  `${result.p99Ms}`,
  statuses(result),
];

async function throughput(database: Database): Promise<string[][]> {
  const console_ = await database.start();
  try {
    const url = `${console_.url}/api/callbacks/trtc`;
    // Warm the route (first compile of the handler's modules, the database's caches).
    await postMany(url, {
      amount: 200,
      connections: CONNECTIONS,
      deliveryOf: (i) => enterRoomDelivery(`warm-${i}`, sourceOf(i)),
    });
    const baseline = await getMany(`${console_.url}/api/health`, { amount: VALID, connections: CONNECTIONS });
    const valid = await postMany(url, {
      amount: VALID,
      connections: CONNECTIONS,
      deliveryOf: (i) => enterRoomDelivery(`user-${i}`, sourceOf(i)),
    });
    const duplicates = await postMany(url, {
      amount: DUPLICATE_EVENTS * DUPLICATE_TRIES,
      connections: CONNECTIONS,
      deliveryOf: (i) => enterRoomDelivery(`dup-${i % DUPLICATE_EVENTS}`, sourceOf(i)),
    });
    const cookie = await signIn(console_.url);
    const stored = await inboxEvents(console_.url, cookie, { signature: "valid", eventType: "103" });
    const dups = stored.filter((event) => event.rawBody.includes('"UserId":"dup-'));
    const users = stored.filter((event) => event.rawBody.includes('"UserId":"user-'));
    console.log(
      `  ${database.name}: ${users.length} of ${VALID} valid events stored; duplicates: ${dups.length} entries for ${DUPLICATE_EVENTS} events, deliveries ${[...new Set(dups.map((event) => event.deliveries))].join("/")} (sent ${DUPLICATE_TRIES} each)`,
    );
    return [
      row("baseline GET /api/health", baseline, baseline),
      row("valid events (new)", valid, baseline),
      row(`duplicates (${DUPLICATE_TRIES}× each)`, duplicates, baseline),
    ];
  } finally {
    await console_.stop();
  }
}

async function flood(database: Database): Promise<string[][]> {
  const rows: string[][] = [];
  let console_ = await database.start();
  await postMany(`${console_.url}/api/callbacks/trtc`, {
    amount: 50,
    connections: CONNECTIONS,
    deliveryOf: (i) => enterRoomDelivery(`warm-${i}`, sourceOf(i)),
  });
  await console_.stop();
  let before = await database.bytes();
  const floods = [
    { name: `${FLOOD} forged, one address`, sourceOf: () => "198.51.100.66" },
    {
      name: `${FLOOD} forged, a new address each`,
      sourceOf: (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    },
  ];
  try {
    for (const [index, kind] of floods.entries()) {
      console_ = await database.start(true);
      const url = `${console_.url}/api/callbacks/trtc`;
      let during: Promise<number> | undefined;
      const result = await postMany(url, {
        amount: FLOOD,
        connections: CONNECTIONS,
        deliveryOf: (i) => {
          if (i === FLOOD / 2) {
            const valid = enterRoomDelivery(`during-flood-${index}`, sourceOf(i));
            during = fetch(url, { method: "POST", headers: valid.headers, body: valid.body }).then(
              (response) => response.status,
            );
          }
          return garbageDelivery(i, kind.sourceOf(i));
        },
      });
      const duringStatus = await during;
      const cookie = await signIn(console_.url);
      const valid = await inboxEvents(console_.url, cookie, { signature: "valid" });
      const refused = await inboxEvents(console_.url, cookie, { signature: "invalid" });
      await console_.stop();
      const after = await database.bytes();
      const stored = valid.some((event) => event.rawBody.includes(`during-flood-${index}`));
      rows.push([
        kind.name,
        result.perSecond.toFixed(0),
        `${result.p50Ms}`,
        `${result.p99Ms}`,
        statuses(result),
        `${refused.length} (${refused.reduce((total, event) => total + event.deliveries, 0)} counted)`,
        kb(after.database - before.database),
        after.inbox === null ? "-" : kb(after.inbox - (before.inbox ?? 0)),
        `${duringStatus} ${stored ? "stored" : "NOT STORED"}`,
      ]);
      before = after;
    }
  } finally {
    if (console_) await console_.stop();
  }
  return rows;
}

async function main(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  console.log(
    `bench/callbacks: ${VALID} valid events, ${FLOOD}-post floods, ${CONNECTIONS} connections; load: ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}`,
  );
  for (const make of [pgliteDatabase, () => postgresDatabase(serverUrl)]) {
    const database = await make();
    try {
      console.log(`\n${database.name}`);
      console.log(
        formatTable(
          ["load", "requests", "req/s", "÷ baseline", "p50 ms", "p99 ms", "statuses"],
          await throughput(database),
        ),
      );
      console.log(
        formatTable(
          [
            "flood",
            "req/s",
            "p50 ms",
            "p99 ms",
            "statuses",
            "refusal entries",
            "database growth",
            "inbox growth",
            "valid event during it",
          ],
          await flood(database),
        ),
      );
    } finally {
      await database.dispose();
    }
  }
  console.log(
    `\nload after: ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
