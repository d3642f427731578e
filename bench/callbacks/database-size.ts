import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";

/** Bytes of every file under a directory (PGlite's data dir, read while no console holds it). */
export async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name);
    total += entry.isDirectory() ? await directoryBytes(entryPath) : (await stat(entryPath)).size;
  }
  return total;
}

/** A PostgreSQL database of its own for one run, and its size as the server counts it. */
export async function createBenchDatabase(
  serverUrl: string,
  name: string,
): Promise<{
  url: string;
  bytes(): Promise<{ database: number; inbox: number }>;
  drop(): Promise<void>;
}> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    bytes: async () => {
      const client = new Client({ connectionString: url.toString() });
      await client.connect();
      try {
        const result = await client.query<{ database: string; inbox: string }>(
          "select pg_database_size(current_database())::text as database, pg_total_relation_size('callback_events')::text as inbox",
        );
        return { database: Number(result.rows[0]?.database), inbox: Number(result.rows[0]?.inbox) };
      } finally {
        await client.end();
      }
    },
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
