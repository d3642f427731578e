import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";

/** A schema change, applied once per data directory in list order. Ids never change once shipped. */
export interface Migration {
  id: string;
  sql: string;
}

export interface Store {
  db: PGlite;
  close(): Promise<void>;
}

/** Opens (creating if needed) the local cloud's own PGlite database and applies pending migrations. */
export async function openStore(dir: string, migrations: readonly Migration[]): Promise<Store> {
  await mkdir(dir, { recursive: true });
  const db = await PGlite.create(dir);
  try {
    await db.exec(
      "create table if not exists local_cloud_migrations (id text primary key, applied_at timestamptz not null default now())",
    );
    const applied = new Set(
      (await db.query<{ id: string }>("select id from local_cloud_migrations")).rows.map((row) => row.id),
    );
    for (const migration of migrations) {
      if (applied.has(migration.id)) continue;
      await db.transaction(async (tx) => {
        await tx.exec(migration.sql);
        await tx.query("insert into local_cloud_migrations (id) values ($1)", [migration.id]);
      });
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, close: () => db.close() };
}
