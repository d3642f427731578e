import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { readChecklistFacts } from "@/lib/data/overview/read-checklist-facts";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { recordingFiles } from "@/lib/db/schema";
import { markFirstPlayed } from "./mark-first-played";

const APP = 1400000123;
const OTHER_APP = 1400000456;
const FILE = "5285890800000000001";
const SUB_APP_FILE = "5285890800000000002";
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 12, minute));

describe.each(testDatabaseKinds())("a recording's first play ($name)", (kind) => {
  const database = useTestDatabase(kind);

  const firstPlayedAt = async (sdkAppId: number, fileId: string) => {
    const [row] = await database.db
      .select({ firstPlayedAt: recordingFiles.firstPlayedAt })
      .from(recordingFiles)
      .where(and(eq(recordingFiles.sdkAppId, sdkAppId), eq(recordingFiles.fileId, fileId)));
    return row?.firstPlayedAt;
  };
  const checklistFirstPlayed = async () =>
    (await readChecklistFacts(database.db, { sdkAppId: APP, generation: "cloud" })).firstPlayed;

  it("is set once for a file of the app, keeps the first time, and shows on the checklist", async () => {
    await database.db.insert(recordingFiles).values([
      { sdkAppId: APP, fileId: FILE, discoveredBy: "callback" },
      { sdkAppId: APP, fileId: SUB_APP_FILE, vodSubAppId: 1500000002, discoveredBy: "reconciliation" },
      // The same FileId known under another app (a shared VOD application): never marked from this one.
      { sdkAppId: OTHER_APP, fileId: FILE, discoveredBy: "callback" },
    ]);
    expect(await checklistFirstPlayed()).toBeNull();

    expect(await markFirstPlayed(database.db, APP, FILE, at(10))).toBe(true);
    expect(await markFirstPlayed(database.db, APP, FILE, at(20))).toBe(false);
    expect(await firstPlayedAt(APP, FILE)).toEqual(at(10));
    expect(await firstPlayedAt(OTHER_APP, FILE)).toBeNull();
    expect(await firstPlayedAt(APP, SUB_APP_FILE)).toBeNull();

    // Another file played later: the checklist still names the first one played.
    expect(await markFirstPlayed(database.db, APP, SUB_APP_FILE, at(30))).toBe(true);
    expect(await checklistFirstPlayed()).toEqual({ fileId: FILE, vodSubAppId: null, at: at(10) });
  });

  it("adds no row for a FileId the console does not know, nor for another app's file", async () => {
    expect(await markFirstPlayed(database.db, APP, "5285890899999999999", at(40))).toBe(false);
    expect(await firstPlayedAt(APP, "5285890899999999999")).toBeUndefined();
    await database.db
      .insert(recordingFiles)
      .values({ sdkAppId: OTHER_APP, fileId: "5285890800000000003", discoveredBy: "callback" });
    expect(await markFirstPlayed(database.db, APP, "5285890800000000003", at(41))).toBe(false);
    expect(await firstPlayedAt(APP, "5285890800000000003")).toBeUndefined();
    expect(await firstPlayedAt(OTHER_APP, "5285890800000000003")).toBeNull();
  });
});
