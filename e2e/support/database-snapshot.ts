import { PGlite } from "@electric-sql/pglite";

/** Every row of every table, each as its JSON text, sorted: two snapshots are equal when nothing was written. */
export type DatabaseSnapshot = Record<string, string[]>;

/**
 * Columns the console's own background work writes on its schedule, whatever requests come: the
 * quality check of each registered file (lib/health/quality) and reconciliation's runs and
 * findings (lib/health/reconcile). Left out, so that "nothing was written" is about requests.
 */
const BACKGROUND_COLUMNS: Record<string, readonly string[]> = {
  "public.recording_files": [
    "check_status",
    "check_queued_at",
    "check_started_at",
    "check_finished_at",
    "check_attempts",
    "check_error",
    "check_cpu_ms",
    "problems",
    "measurements",
    "vod_created_at",
  ],
};
const BACKGROUND_TABLES = new Set(["public.reconciliation_runs", "public.reconciliation_findings"]);

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
      const key = `${table.schema}.${table.name}`;
      if (BACKGROUND_TABLES.has(key)) continue;
      const dropped = (BACKGROUND_COLUMNS[key] ?? []).map((column) => ` - '${column}'`).join("");
      const { rows } = await db.query<{ row: string }>(`select (to_jsonb(t)${dropped})::text as row from ${quoted} t`);
      snapshot[key] = rows.map((row) => row.row).sort();
    }
    return snapshot;
  } finally {
    await db.close();
  }
}
