import { PGlite } from "@electric-sql/pglite";

/** Every row of every table, each as its JSON text, sorted: two snapshots are equal when nothing was written. */
export type DatabaseSnapshot = Record<string, string[]>;

/**
 * Reads a stopped console's PGlite database whole (PGlite is one process's: never while the
 * console runs). Opening it replays what its last process left in the write-ahead log.
 */
export async function snapshotDatabase(dataDir: string): Promise<DatabaseSnapshot> {
  const db = await PGlite.create(dataDir);
  try {
    const { rows: tables } = await db.query<{ schema: string; name: string }>(
      `select table_schema as schema, table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
        order by 1, 2`,
    );
    const snapshot: DatabaseSnapshot = {};
    for (const table of tables) {
      // Names come from the catalog, quoted as identifiers.
      const quoted = `"${table.schema.replaceAll('"', '""')}"."${table.name.replaceAll('"', '""')}"`;
      const { rows } = await db.query<{ row: string }>(`select to_jsonb(t)::text as row from ${quoted} t`);
      snapshot[`${table.schema}.${table.name}`] = rows.map((row) => row.row).sort();
    }
    return snapshot;
  } finally {
    await db.close();
  }
}
