import "server-only";
import type { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "@/lib/db";
import { postgresPoolOf } from "@/lib/db/postgres-pool";
import { SIGN_IN_LIMITS, type ThrottleScope } from "./sign-in-limits";
import { SignInThrottle } from "./sign-in-throttle";

/** Made by our migrations (lib/db/schema.ts `signInLimits`), not by the library: see there why. */
export const SIGN_IN_LIMITS_TABLE = "sign_in_limits";

function postgresLimiter(pool: Pool, scope: ThrottleScope): RateLimiterAbstract {
  const limit = SIGN_IN_LIMITS[scope];
  return new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: SIGN_IN_LIMITS_TABLE,
    tableCreated: true,
    keyPrefix: `sign-in-${scope}`,
    points: limit.maxFailures,
    duration: limit.windowSeconds,
    blockDuration: limit.blockSeconds,
  });
}

function memoryLimiter(scope: ThrottleScope): RateLimiterAbstract {
  const limit = SIGN_IN_LIMITS[scope];
  return new RateLimiterMemory({
    keyPrefix: `sign-in-${scope}`,
    points: limit.maxFailures,
    duration: limit.windowSeconds,
    blockDuration: limit.blockSeconds,
  });
}

/**
 * The sign-in throttle on the store that fits the database. On PostgreSQL, a table in it, so
 * that every console instance behind a load balancer counts the same failures. On PGlite, the
 * process's memory: PGlite is one process by construction (its directory cannot be opened twice),
 * so there is no second instance to share with. A restart forgets the counts, which gives a
 * guesser a fresh window per restart, and restarts are not theirs to cause.
 */
export async function createSignInThrottle(db: Db): Promise<SignInThrottle> {
  const pool = postgresPoolOf(db);
  const [account, address] = pool
    ? [postgresLimiter(pool, "account"), postgresLimiter(pool, "address")]
    : [memoryLimiter("account"), memoryLimiter("address")];
  return new SignInThrottle({ account, address }, SIGN_IN_LIMITS);
}

const holder = globalThis as typeof globalThis & { __signInThrottle?: Promise<SignInThrottle> };

/** The process's throttle, made once (kept on globalThis: dev-mode reloads must not reset its counts). */
export function getSignInThrottle(db: Db): Promise<SignInThrottle> {
  holder.__signInThrottle ??= createSignInThrottle(db).catch((error: unknown) => {
    holder.__signInThrottle = undefined;
    throw error;
  });
  return holder.__signInThrottle;
}
