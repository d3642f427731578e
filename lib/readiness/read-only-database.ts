import "server-only";
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import type { Db } from "@/lib/db/open-database";
import * as schema from "@/lib/db/schema";

/**
 * The console's PostgreSQL database for `npm run doctor`: every transaction read-only (enforced by
 * the server), no migrations (that is the console's job), two connections at most. The embedded
 * PGlite is never opened here: the running console holds its data dir, and no second process may.
 */
export function openReadOnlyDatabase(url: string): { db: Db; close: () => Promise<void> } {
  const pool = new Pool({ connectionString: url, max: 2, options: "-c default_transaction_read_only=on" });
  pool.on("error", () => undefined);
  return { db: drizzle(pool, { schema }), close: () => pool.end() };
}
