import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import { Pool } from "pg";
import type { DatabaseConfig } from "@/lib/env/resolve";
import * as schema from "./schema";

/** Both drivers' databases, seen through what they share: the query builder over one schema. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface OpenDatabase {
  db: Db;
  close(): Promise<void>;
}

/** Resolved from the working directory: `next start`, the CLI and the tests all run from the repo root. */
export const MIGRATIONS_FOLDER = path.resolve("lib/db/migrations");

/** Any fixed number: every console process migrating the same PostgreSQL database takes this lock. */
const MIGRATION_LOCK_KEY = 7_420_131;

async function openPglite(dataDir: string): Promise<OpenDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db: db as unknown as Db, close: () => client.close() };
}

async function openPostgres(url: string): Promise<OpenDatabase> {
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (a restart, a failover, an administrator) is reported on the
  // pool; without a listener Node treats it as uncaught and the console would stop. The pool opens
  // a new connection for the next query, so this is worth a line in the log and nothing more.
  pool.on("error", (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
  // Several console processes may start at once against one server; the lock lets one migrate
  // while the others wait, instead of racing to create the same tables.
  const lockClient = await pool.connect();
  try {
    await lockClient.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migratePostgres(drizzlePostgres(lockClient, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await lockClient.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    lockClient.release();
  }
  const db = drizzlePostgres(pool, { schema });
  return { db: db as unknown as Db, close: () => pool.end() };
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  return config.kind === "pglite" ? openPglite(config.dataDir) : openPostgres(config.url);
}
