import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { defaultMixOutput } from "@/lib/recording-tasks/mix-defaults";
import { defaultTaskValues } from "@/lib/recording-tasks/task-defaults";
import { MIGRATIONS_FOLDER } from "@/lib/db/open-database";
import * as schema from "@/lib/db/schema";
import { storedMixSchema, storedTaskSchema } from "@/lib/data/recording-tasks/stored-request";
import { defaultRecordingLayout } from "@/lib/recording-tasks/layout/default-layout";

/** The migration that made the two layout forms one: rows written before it must still read. */
const UPGRADE_TAG = "0011_one_recording_layout";

interface Journal {
  entries: Array<{ tag: string }>;
}

/** A copy of the migrations folder that ends just before the upgrade. */
function migrationsBeforeUpgrade(dir: string): string {
  const folder = path.join(dir, "migrations");
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = path.join(folder, "meta/_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as Journal;
  const upgradeAt = journal.entries.findIndex((entry) => entry.tag === UPGRADE_TAG);
  expect(upgradeAt).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upgradeAt) }));
  return folder;
}

/** A task's layout as the console stored it before: the template was `mode`, no video users, no small picture. */
function oldTaskRequest() {
  const input = defaultTaskValues("7001", { formats: ["mp4"], retentionDays: 0, subAppId: null });
  const {
    template,
    mixVideoUserIds: _users,
    small: _small,
    ...layoutRest
  } = {
    ...defaultRecordingLayout(),
    template: "screenShare" as const,
    mainUserId: "alice",
  };
  return { input: { ...input, layout: { ...layoutRest, mode: template } }, basis: { inputCount: 2, inputTier: "hd" } };
}

/** A mix's layout as stored before: no PureAudioDisableLayout. */
function oldMixRequest() {
  const { pureAudioDisableLayout: _pure, ...layout } = { ...defaultRecordingLayout(), mixVideoUserIds: ["bob"] };
  const input = {
    roomId: "6001",
    recordId: "1400000123_room6001",
    streamId: "1400000123_room6001_mix",
    output: defaultMixOutput(),
    layout,
  };
  return { input, basis: { formats: ["mp4"], retentionDays: 7 } };
}

describe("recordings stored before the one layout", () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("read back through the new schemas, their layouts unchanged but for the new fields' defaults", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "layout-upgrade-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const client = await PGlite.create();
    cleanups.push(() => client.close());
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: migrationsBeforeUpgrade(dir) });

    const task = oldTaskRequest();
    const mix = oldMixRequest();
    expect(storedTaskSchema.safeParse(task).success).toBe(false);
    expect(storedMixSchema.safeParse(mix).success).toBe(false);
    const base = { sdkAppId: 1400000123, status: "ended" as const, startedByEmail: "op@example.com" };
    await db.insert(schema.recordingTasks).values([
      { ...base, kind: "cloud_task", roomId: "7001", request: task },
      { ...base, kind: "mcu_mix", roomId: "6001", request: mix },
    ]);

    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });

    const rows = await db
      .select()
      .from(schema.recordingTasks)
      .orderBy(sql`${schema.recordingTasks.kind}`);
    const byKind = new Map(rows.map((row) => [row.kind, row.request]));
    const upgradedTask = storedTaskSchema.parse(byKind.get("cloud_task"));
    expect(upgradedTask.input.layout).toEqual({
      ...task.input.layout,
      mode: undefined,
      template: "screenShare",
      mixVideoUserIds: [],
      small: null,
    });
    expect(byKind.get("cloud_task")).not.toHaveProperty(["input", "layout", "mode"]);
    const upgradedMix = storedMixSchema.parse(byKind.get("mcu_mix"));
    expect(upgradedMix.input.layout).toEqual({ ...mix.input.layout, pureAudioDisableLayout: false });
  });
});
