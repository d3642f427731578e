import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { applications } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { applicationKeyOf } from "@/lib/actions/callbacks/application-key";
import { newTrtcCallbackKey, TRTC_CALLBACK_KEY_PATTERN } from "@/lib/callbacks/new-trtc-callback-key";
import { pinTrtcCallbackKey, rotateTrtcCallbackKey } from "@/lib/actions/callbacks/trtc-callback-key";
import { TRTC_KEY_GRACE_MS, trtcKeyStateOf } from "@/lib/data/callbacks/trtc-key-state";

const APP = 1400000123;
const OTHER = 1400000456;
const NOW = Date.UTC(2026, 11, 1, 12);

describe("newTrtcCallbackKey", () => {
  it("makes 32 letters and digits, a different key each time", () => {
    const keys = new Set(Array.from({ length: 50 }, newTrtcCallbackKey));
    expect(keys.size).toBe(50);
    for (const key of keys) {
      expect(key).toHaveLength(32);
      expect(key).toMatch(TRTC_CALLBACK_KEY_PATTERN);
    }
  });
});

describe.each(testDatabaseKinds())("TRTC callback keys on $name", (kind) => {
  const handle = useTestDatabase(kind);
  const row = async (sdkAppId = APP) =>
    (await handle.db.select().from(applications).where(eq(applications.sdkAppId, sdkAppId)))[0];

  beforeAll(async () => {
    await ensureApplications(handle.db, [
      { sdkAppId: APP, name: "A", generation: "legacy" },
      { sdkAppId: OTHER, name: "B", generation: "cloud" },
    ]);
  });
  beforeEach(async () => {
    await handle.db.update(applications).set({
      callbackKey: "CssKey1",
      trtcCallbackKey: null,
      trtcCallbackPreviousKey: null,
      trtcCallbackPreviousKeyUntil: null,
    });
  });

  it("gives a first key with no grace, then rotates keeping the old one for the grace period", async () => {
    const first = await rotateTrtcCallbackKey(handle.db, APP, { nowMs: NOW });
    if (!first.ok) throw new Error("rotation failed");
    expect(first.previousKeyValidUntil).toBeNull();
    expect(await trtcKeyStateOf(handle.db, APP, NOW)).toEqual({ hasKey: true, previousKeyValidUntil: null });

    const second = await rotateTrtcCallbackKey(handle.db, APP, { nowMs: NOW });
    if (!second.ok) throw new Error("rotation failed");
    expect(second.key).not.toBe(first.key);
    expect(second.previousKeyValidUntil?.getTime()).toBe(NOW + TRTC_KEY_GRACE_MS);
    expect(await row()).toMatchObject({ trtcCallbackKey: second.key, trtcCallbackPreviousKey: first.key });

    // The receiver's view: both keys inside the grace, the new one only after it; never the CSS key.
    expect(await applicationKeyOf(handle.db, "trtc", APP, NOW + TRTC_KEY_GRACE_MS - 1)).toEqual({
      known: true,
      key: second.key,
      previousKey: first.key,
    });
    expect(await applicationKeyOf(handle.db, "trtc", APP, NOW + TRTC_KEY_GRACE_MS)).toEqual({
      known: true,
      key: second.key,
      previousKey: null,
    });
    expect(await applicationKeyOf(handle.db, "css", APP, NOW)).toEqual({ known: true, key: "CssKey1" });
    expect((await trtcKeyStateOf(handle.db, APP, NOW + TRTC_KEY_GRACE_MS)).previousKeyValidUntil).toBeNull();
  });

  it("keeps only one key back: a third rotation ends the first key's grace at once", async () => {
    const keys = [];
    for (let index = 0; index < 3; index += 1) {
      const result = await rotateTrtcCallbackKey(handle.db, APP, { nowMs: NOW });
      if (result.ok) keys.push(result.key);
    }
    const known = await applicationKeyOf(handle.db, "trtc", APP, NOW);
    expect([known.key, known.previousKey]).toEqual([keys[2], keys[1]]);
  });

  it("answers unknown-app for an app the console does not manage", async () => {
    expect(await rotateTrtcCallbackKey(handle.db, 1400999999)).toEqual({ ok: false, reason: "unknown-app" });
  });

  it("pins the launcher's key: set where none is, replaced (with grace) where another is, left where it is", async () => {
    const own = await rotateTrtcCallbackKey(handle.db, OTHER, { key: "AdminRotatedKey1", nowMs: NOW });
    expect(own.ok).toBe(true);
    expect(await pinTrtcCallbackKey(handle.db, [APP, OTHER], "LauncherKey1", NOW)).toEqual(
      expect.arrayContaining([APP, OTHER]),
    );
    expect(await row(APP)).toMatchObject({ trtcCallbackKey: "LauncherKey1", trtcCallbackPreviousKey: null });
    expect(await row(OTHER)).toMatchObject({
      trtcCallbackKey: "LauncherKey1",
      trtcCallbackPreviousKey: "AdminRotatedKey1",
      trtcCallbackPreviousKeyUntil: new Date(NOW + TRTC_KEY_GRACE_MS),
    });
    // A second start changes nothing, so the previous key's grace is not restarted or lost.
    expect(await pinTrtcCallbackKey(handle.db, [APP, OTHER], "LauncherKey1", NOW + 1000)).toEqual([]);
    expect((await row(OTHER))?.trtcCallbackPreviousKey).toBe("AdminRotatedKey1");
  });
});
