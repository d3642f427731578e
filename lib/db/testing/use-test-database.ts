import { afterAll, beforeAll } from "vitest";
import type { DatabaseConfig } from "@/lib/env/resolve";
import { openDatabase, type Db, type OpenDatabase } from "../open-database";
import type { TestDatabase, TestDatabaseKind } from "./test-databases";

export interface SuiteDatabase {
  readonly db: Db;
  readonly config: DatabaseConfig;
}

/** A fresh, migrated database for the enclosing describe block, thrown away after it. */
export function useTestDatabase(kind: TestDatabaseKind): SuiteDatabase {
  let database: TestDatabase | undefined;
  let handle: OpenDatabase | undefined;
  beforeAll(async () => {
    database = await kind.create();
    handle = await openDatabase(database.config);
  });
  afterAll(async () => {
    await handle?.close();
    await database?.dispose();
  });
  const opened = () => {
    if (!handle || !database) throw new Error("The test database opens in beforeAll; use it inside tests.");
    return { handle, database };
  };
  return {
    get db() {
      return opened().handle.db;
    },
    get config() {
      return opened().database.config;
    },
  };
}
