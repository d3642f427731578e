import { beforeEach, describe, expect, it } from "vitest";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { applications } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import {
  ApplicationKeysCache,
  KEYS_FRESH_MS,
  KEYS_RECHECK_AFTER_MS,
} from "@/lib/actions/callbacks/application-keys-cache";
import { receiveCallback } from "@/lib/actions/callbacks/receive-callback";
import { refusalCounterFor } from "@/lib/actions/callbacks/refusal-counter";
import { TEST_APP, TEST_NOW_MS, TEST_TRTC_KEY, trtcEvent, trtcRequest } from "@/lib/callbacks/testing/deliveries";

const NEW_KEY = "RotatedTrtcCallbackKey789";

describe.each(testDatabaseKinds())("the endpoints' cache of callback keys on $name", (kind) => {
  const handle = useTestDatabase(kind);
  let clockMs = 0;
  let cache: ApplicationKeysCache;
  let user = 0;
  /** A new 103 each time, signed with `key`; its status. */
  const deliver = async (key: string) => {
    const body = trtcEvent({ EventGroupId: 1, EventType: 103, EventInfo: { RoomId: 7, UserId: `u${user++}` } });
    const response = await receiveCallback(trtcRequest(body, key), "trtc", {
      db: handle.db,
      nowMs: TEST_NOW_MS,
      keys: cache,
      handleTrtcEvent: async () => undefined,
    });
    return response.status;
  };
  const setTrtcKey = (key: string | null) =>
    handle.db
      .update(applications)
      .set({ trtcCallbackKey: key, trtcCallbackPreviousKey: null, trtcCallbackPreviousKeyUntil: null });

  beforeEach(async () => {
    await ensureApplications(handle.db, [{ sdkAppId: TEST_APP, name: "Test app", generation: "legacy" }]);
    await setTrtcKey(TEST_TRTC_KEY);
    await refusalCounterFor(handle.db).flush();
    clockMs = 1_000_000;
    cache = new ApplicationKeysCache(handle.db, () => clockMs);
  });

  it("verifies from keys read once, until they are KEYS_FRESH_MS old", async () => {
    expect(await deliver(TEST_TRTC_KEY)).toBe(200);
    // Taken away in the table: deliveries still verify on the keys in hand, read no query.
    await setTrtcKey(null);
    clockMs += KEYS_FRESH_MS - 1;
    expect(await deliver(TEST_TRTC_KEY)).toBe(200);
    clockMs += 1;
    expect(await deliver(TEST_TRTC_KEY)).toBe(401);
  });

  it("takes a key changed a moment ago at once: a refusal is decided on keys read again", async () => {
    expect(await deliver(TEST_TRTC_KEY)).toBe(200);
    await setTrtcKey(NEW_KEY);
    clockMs += KEYS_RECHECK_AFTER_MS;
    expect(await deliver(NEW_KEY)).toBe(200);
    // The rotated-out key is gone from the keys now in hand (this test set no grace for it).
    expect(await deliver(TEST_TRTC_KEY)).toBe(401);
  });

  it("reads the keys again at most once per KEYS_RECHECK_AFTER_MS, however many deliveries fail", async () => {
    expect(await deliver("ForgedKey")).toBe(401);
    await setTrtcKey(NEW_KEY);
    clockMs += KEYS_RECHECK_AFTER_MS - 1;
    // Failures this soon after a read do not read again, so the new key is not known yet.
    for (let post = 0; post < 5; post += 1) expect(await deliver(NEW_KEY)).toBe(401);
    clockMs += 1;
    expect(await deliver(NEW_KEY)).toBe(200);
  });
});
