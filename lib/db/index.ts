import "server-only";
import { env } from "@/lib/env";
import { openDatabase, type Db, type OpenDatabase } from "./open-database";

export type { Db } from "./open-database";

// One database per server process, kept on globalThis so that dev-mode module reloads do not
// open a second PGlite on the same directory (PGlite is one connection in one process).
const holder = globalThis as typeof globalThis & { __consoleDatabase?: Promise<OpenDatabase> };

/**
 * The console's database, opened (and migrated) on first use. Nothing opens it at import time,
 * so `next build` never touches it.
 */
export async function getDb(): Promise<Db> {
  holder.__consoleDatabase ??= openDatabase(env.database).catch((error: unknown) => {
    holder.__consoleDatabase = undefined;
    throw error;
  });
  return (await holder.__consoleDatabase).db;
}
