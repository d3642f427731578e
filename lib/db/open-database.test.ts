import { sql } from "drizzle-orm";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openDatabase, type Db, type OpenDatabase } from "./open-database";
import { auditLog, users } from "./schema";
import { testDatabaseKinds, type TestDatabase } from "./testing/test-databases";

const MIGRATION_COUNT = (
  JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as { entries: unknown[] }
).entries.length;

/** Both drivers answer raw SQL with `{ rows }`; the shared Db type cannot know that. */
async function countAppliedMigrations(db: Db): Promise<number> {
  const result = (await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as {
    rows: Array<{ n: number }>;
  };
  return result.rows[0]?.n ?? 0;
}

describe.each(testDatabaseKinds())("openDatabase on $name", (kind) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function fresh(): Promise<TestDatabase> {
    const database = await kind.create();
    cleanups.push(() => database.dispose());
    return database;
  }

  async function open(database: TestDatabase): Promise<OpenDatabase> {
    const opened = await openDatabase(database.config);
    cleanups.push(() => opened.close());
    return opened;
  }

  it("migrates an empty database and round-trips rows", async () => {
    const { db } = await open(await fresh());
    const [user] = await db
      .insert(users)
      .values({ email: "a@example.com", name: "A", passwordHash: "x", role: "operator" })
      .returning();
    expect(user?.id).toMatch(/^[0-9a-f-]{36}$/);
    await db
      .insert(auditLog)
      .values({ actorUserId: user?.id, actorEmail: "a@example.com", action: "t", target: "u", detail: { n: 1 } });
    const [entry] = await db.select().from(auditLog);
    expect(entry).toMatchObject({ action: "t", detail: { n: 1 } });
    expect(entry?.at).toBeInstanceOf(Date);
  });

  it("keeps its data and migrates nothing twice when opened again", async () => {
    const database = await fresh();
    const first = await openDatabase(database.config);
    await first.db.insert(users).values({ email: "b@example.com", name: "B", passwordHash: "x", role: "viewer" });
    await first.close();
    const { db } = await open(database);
    const rows = await db.select().from(users);
    expect(rows.map((row) => row.email)).toEqual(["b@example.com"]);
    expect(await countAppliedMigrations(db)).toBe(MIGRATION_COUNT);
  });

  it("refuses a second user with the same e-mail", async () => {
    const { db } = await open(await fresh());
    await db.insert(users).values({ email: "c@example.com", name: "C", passwordHash: "x", role: "viewer" });
    await expect(
      db.insert(users).values({ email: "c@example.com", name: "C2", passwordHash: "y", role: "admin" }),
    ).rejects.toThrow();
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("openDatabase on PostgreSQL, several processes at once", () => {
  it("lets concurrent starts migrate one fresh database without racing", async () => {
    const [kind] = testDatabaseKinds().filter((candidate) => candidate.name === "PostgreSQL");
    if (!kind) throw new Error("TEST_DATABASE_URL is set but no PostgreSQL kind was built");
    const database = await kind.create();
    try {
      const opened = await Promise.all([1, 2, 3, 4].map(() => openDatabase(database.config)));
      const [first] = opened;
      if (!first) throw new Error("nothing opened");
      expect(await countAppliedMigrations(first.db)).toBe(MIGRATION_COUNT);
      await Promise.all(opened.map((handle) => handle.close()));
    } finally {
      await database.dispose();
    }
  });
});
