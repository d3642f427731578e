import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { DatabaseConfig } from "@/lib/env/resolve";

/** A database a test may create, fill and throw away. */
export interface TestDatabase {
  config: DatabaseConfig;
  dispose(): Promise<void>;
}

export interface TestDatabaseKind {
  name: string;
  create(): Promise<TestDatabase>;
}

async function withAdminClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const pglite: TestDatabaseKind = {
  name: "PGlite",
  create: async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "console-db-"));
    return {
      config: { kind: "pglite", dataDir: path.join(dir, "db") },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

/** A fresh database on the TEST_DATABASE_URL server, so runs never see each other's rows. */
function postgres(serverUrl: string): TestDatabaseKind {
  return {
    name: "PostgreSQL",
    create: async () => {
      const name = `console_test_${randomBytes(6).toString("hex")}`;
      await withAdminClient(serverUrl, (client) => client.query(`create database ${name}`));
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return {
        config: { kind: "postgres", url: url.toString() },
        dispose: () =>
          withAdminClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(
            () => undefined,
          ),
      };
    },
  };
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server (CI sets it). */
export function testDatabaseKinds(): TestDatabaseKind[] {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? [pglite, postgres(serverUrl)] : [pglite];
}
