import "server-only";
import { Pool } from "pg";
import type { Db } from "./open-database";

/**
 * The pg pool behind the console's database, when it is PostgreSQL (undefined on PGlite). drizzle
 * keeps its client as `$client`; the shared `Db` type does not name it, so it is looked up and
 * checked here. Stores that every console instance must share (rate limits) live in it.
 */
export function postgresPoolOf(db: Db): Pool | undefined {
  const client: unknown = Reflect.get(db, "$client");
  return client instanceof Pool ? client : undefined;
}
