import "server-only";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { Pool } from "pg";
import type { Db } from "@/lib/db/open-database";
import { postgresPoolOf } from "@/lib/db/postgres-pool";

/** Made by our migrations (lib/db/schema.ts `callbackSourceLimits`), not by the library: see there why. */
export const CALLBACK_LIMITS_TABLE = "callback_source_limits";
/** The window the limit counts in. */
export const CALLBACK_LIMIT_WINDOW_SECONDS = 10;
export type SourceVerdict =
  | { isAllowed: true }
  | {
      isAllowed: false;
      retryAfterSeconds: number;
      /** How many of this source's requests were refused in this window so far, this one included. */
      refusedInWindow: number;
    };

/**
 * Requests per source address to the callback endpoints, counted before the body is read, so a
 * flood from one address costs a counter update per request and nothing more. On PostgreSQL the
 * counts live in a table every console instance shares; on PGlite (one process) in memory.
 */
export class CallbackSourceLimit {
  constructor(
    private readonly limiter: RateLimiterAbstract | null,
    private readonly points: number,
  ) {}

  async check(source: string): Promise<SourceVerdict> {
    if (!this.limiter) return { isAllowed: true };
    try {
      await this.limiter.consume(source, 1);
      return { isAllowed: true };
    } catch (rejection) {
      // rate-limiter-flexible rejects with a RateLimiterRes for "over the limit", an Error for a store failure.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return {
        isAllowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        refusedInWindow: rejection.consumedPoints - this.points,
      };
    }
  }
}

/**
 * Connections of their own for the counts, which are written once per request: they commit
 * without waiting for the WAL to reach the disk (`synchronous_commit = off`, these connections
 * only). PostgreSQL stays consistent; a server crash can lose the last fraction of a second of
 * counts, which only lets a few more requests through. Waiting made every delivery wait for two
 * disk flushes, its event's and its count's.
 */
function countsPool(pool: Pool): Pool {
  const counts = new Pool({
    ...pool.options,
    max: 4,
    options: "-c synchronous_commit=off",
    // A limit nobody closes must not keep a process (a test run) alive.
    allowExitOnIdle: true,
  });
  counts.on("error", (error) => console.warn(`PostgreSQL closed an idle rate-limit connection: ${error.message}`));
  return counts;
}

function postgresLimiter(db: Db, points: number): RateLimiterAbstract | null {
  const pool = postgresPoolOf(db);
  if (!pool) return null;
  return new RateLimiterPostgres({
    storeClient: countsPool(pool),
    storeType: "pool",
    tableName: CALLBACK_LIMITS_TABLE,
    tableCreated: true,
    keyPrefix: "callback-source",
    points,
    duration: CALLBACK_LIMIT_WINDOW_SECONDS,
  });
}

/** The limit on the store that fits the database; `points` 0 turns it off. */
export async function createCallbackSourceLimit(db: Db, points: number): Promise<CallbackSourceLimit> {
  if (points === 0) return new CallbackSourceLimit(null, 0);
  const limiter =
    postgresLimiter(db, points) ??
    new RateLimiterMemory({ keyPrefix: "callback-source", points, duration: CALLBACK_LIMIT_WINDOW_SECONDS });
  return new CallbackSourceLimit(limiter, points);
}

const holder = globalThis as typeof globalThis & { __callbackSourceLimit?: Promise<CallbackSourceLimit> };

/** The process's limit, made once (on globalThis: dev-mode reloads must not reset its counts). */
export function getCallbackSourceLimit(db: Db, points: number): Promise<CallbackSourceLimit> {
  holder.__callbackSourceLimit ??= createCallbackSourceLimit(db, points).catch((error: unknown) => {
    holder.__callbackSourceLimit = undefined;
    throw error;
  });
  return holder.__callbackSourceLimit;
}
