import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { applications, callbackEvents } from "@/lib/db/schema";
import { readLastCallbackEvents } from "./last-callback-events";
import { readStoredApplication } from "./stored-application";

const APP = 1400000123;
const OTHER_APP = 1400000456;

describe.each(testDatabaseKinds())("the console's facts the readiness check reads ($name)", (kind) => {
  const database = useTestDatabase(kind);

  it("reads the application's push domain, VOD application and whether a TRTC key is set, never the key", async () => {
    await database.db.insert(applications).values({
      sdkAppId: APP,
      name: "legacy",
      streamPath: `trtc_${APP}`,
      pushDomain: "12345.livepush.myqcloud.com",
      recordingGeneration: "legacy",
      defaultVodSubAppId: 1500000002,
      trtcCallbackKey: "secretTrtcKey",
    });
    expect(await readStoredApplication(database.db, APP)).toEqual({
      generation: "legacy",
      pushDomain: "12345.livepush.myqcloud.com",
      defaultVodSubAppId: 1500000002,
      hasTrtcCallbackKey: true,
    });
    expect(await readStoredApplication(database.db, 1400000999)).toBeNull();
  });

  it("finds the last verified event of each callback group of the app, and the last unverified delivery", async () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 12, minute));
    const row = (key: string, values: Partial<typeof callbackEvents.$inferInsert>) => ({
      dedupeKey: key,
      family: "trtc" as const,
      sdkAppId: APP,
      signatureValid: true,
      rawBody: "{}",
      ...values,
    });
    expect(await readLastCallbackEvents(database.db, APP)).toEqual({
      trtcRoomAndMedia: null,
      trtcRecording: null,
      css: null,
      trtcUnverified: null,
      cssUnverified: null,
    });
    await database.db
      .insert(callbackEvents)
      .values([
        row("a", { eventType: 103, receivedAt: at(1) }),
        row("b", { eventType: 202, receivedAt: at(5) }),
        row("c", { eventType: 104, receivedAt: at(9), signatureValid: false }),
        row("d", { eventType: 311, receivedAt: at(3) }),
        row("e", { eventType: 301, receivedAt: at(20), sdkAppId: OTHER_APP }),
        row("f", { family: "css", eventType: 100, receivedAt: at(7) }),
        row("g", { family: "css", eventType: 100, receivedAt: at(8), signatureValid: false }),
      ]);
    expect(await readLastCallbackEvents(database.db, APP)).toEqual({
      trtcRoomAndMedia: at(5),
      trtcRecording: at(3),
      css: at(7),
      trtcUnverified: at(9),
      cssUnverified: at(8),
    });
  });
});
