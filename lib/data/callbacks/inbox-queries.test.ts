import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { applications, callbackEvents } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { callbackFiltersSchema, type CallbackFiltersInput } from "@/lib/schemas/callback-filters";
import { callbacksForFile } from "@/lib/data/callbacks/callbacks-for-file";
import { listCallbackEvents } from "@/lib/data/callbacks/list-callback-events";
import { receiveCallback } from "@/lib/actions/callbacks/receive-callback";
import {
  TEST_APP,
  TEST_KEY,
  TEST_NOW,
  TEST_NOW_MS,
  TEST_TRTC_KEY,
  cssEvent,
  cssSign,
  post,
  trtcEvent,
  trtcRequest,
} from "@/lib/callbacks/testing/deliveries";

const OTHER_APP = 1400000456;
const OTHER_KEY = "OtherKey456";

describe.each(testDatabaseKinds())("the inbox's queries on $name", (kind) => {
  const handle = useTestDatabase(kind);
  /** Row ids by name, in delivery order. */
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    await ensureApplications(handle.db, [{ sdkAppId: TEST_APP, name: "Test app", generation: "legacy" }]);
    await ensureApplications(handle.db, [{ sdkAppId: OTHER_APP, name: "Other app", generation: "legacy" }]);
    await handle.db
      .update(applications)
      .set({ callbackKey: TEST_KEY, trtcCallbackKey: TEST_TRTC_KEY })
      .where(eq(applications.sdkAppId, TEST_APP));
    await handle.db.update(applications).set({ callbackKey: OTHER_KEY }).where(eq(applications.sdkAppId, OTHER_APP));
    const css = (body: Record<string, unknown>) =>
      receiveCallback(post("/api/callbacks/recording", JSON.stringify(body)), "css", {
        db: handle.db,
        nowMs: TEST_NOW_MS,
      });
    const otherT = TEST_NOW + 600;
    const deliveries: Array<[string, () => Promise<Response>]> = [
      ["file", () => css(cssEvent({ stream_id: "s1", file_id: "1001" }))],
      ["status", () => css(cssEvent({ event_type: 332, stream_id: "s2", record_event: "record_ended" }))],
      ["forged", () => css(cssEvent({ stream_id: "s1", file_id: "1001", sign: "0".repeat(32) }))],
      [
        "otherApp",
        () =>
          css(
            cssEvent({
              appname: `trtc_${OTHER_APP}`,
              stream_id: "s3",
              file_id: "1001",
              t: otherT,
              sign: cssSign(otherT, OTHER_KEY),
            }),
          ),
      ],
      [
        "trtc",
        () =>
          receiveCallback(
            trtcRequest(trtcEvent({ EventInfo: { Payload: { Status: 0, TencentVod: { FileId: "1002" } } } })),
            "trtc",
            { db: handle.db, nowMs: TEST_NOW_MS },
          ),
      ],
      ["unknownApp", () => css(cssEvent({ appname: "trtc_1400999999", stream_id: "s4" }))],
    ];
    for (const [name, deliver] of deliveries) {
      await deliver();
      const [newest] = await handle.db
        .select({ id: callbackEvents.id })
        .from(callbackEvents)
        .orderBy(desc(callbackEvents.id))
        .limit(1);
      ids[name] = newest?.id ?? 0;
    }
    // Received a day apart, so time ranges can be told apart (the receiver stamps now()).
    for (const [index, name] of Object.keys(ids).entries()) {
      await handle.db
        .update(callbackEvents)
        .set({ receivedAt: new Date(Date.UTC(2026, 0, 1 + index, 12)) })
        .where(eq(callbackEvents.id, ids[name] ?? 0));
    }
  });

  const names = (found: Array<{ id: number }>) =>
    found.map((event) => Object.keys(ids).find((name) => ids[name] === event.id) ?? `#${event.id}`);
  const list = async (filters: CallbackFiltersInput) =>
    names((await listCallbackEvents(handle.db, callbackFiltersSchema.parse(filters))).events);

  it("lists everything newest first without filters", async () => {
    expect(await list({})).toEqual(["unknownApp", "trtc", "otherApp", "forged", "status", "file"]);
  });

  it("filters by event type, application, stream id and signature", async () => {
    expect(await list({ eventType: "332" })).toEqual(["status"]);
    expect(await list({ eventType: "311" })).toEqual(["trtc"]);
    expect(await list({ sdkAppId: String(TEST_APP) })).toEqual(["trtc", "forged", "status", "file"]);
    expect(await list({ sdkAppId: String(OTHER_APP) })).toEqual(["otherApp"]);
    expect(await list({ streamId: " s1 " })).toEqual(["forged", "file"]);
    expect(await list({ signature: "valid" })).toEqual(["trtc", "otherApp", "status", "file"]);
    expect(await list({ signature: "invalid" })).toEqual(["unknownApp", "forged"]);
  });

  it("filters by received time, both ends included", async () => {
    expect(await list({ from: "2026-01-02T12:00:00Z", to: "2026-01-03T12:00:00Z" })).toEqual(["forged", "status"]);
    expect(await list({ from: "2026-01-05T00:00:00Z" })).toEqual(["unknownApp", "trtc"]);
    expect(await list({ to: "2026-01-01T23:59:59Z" })).toEqual(["file"]);
  });

  it("combines filters with AND", async () => {
    expect(await list({ sdkAppId: String(TEST_APP), signature: "valid", eventType: "100" })).toEqual(["file"]);
    expect(await list({ sdkAppId: String(OTHER_APP), streamId: "s1" })).toEqual([]);
  });

  it("pages backwards by id", async () => {
    const first = await listCallbackEvents(handle.db, callbackFiltersSchema.parse({ limit: "4" }));
    expect(names(first.events)).toEqual(["unknownApp", "trtc", "otherApp", "forged"]);
    expect(first.nextBeforeId).toBe(ids.forged);
    const second = await list({ limit: "4", beforeId: String(first.nextBeforeId) });
    expect(second).toEqual(["status", "file"]);
  });

  it("finds the callbacks of a file within one application only", async () => {
    expect(names(await callbacksForFile(handle.db, TEST_APP, "1001"))).toEqual(["forged", "file"]);
    expect(names(await callbacksForFile(handle.db, OTHER_APP, "1001"))).toEqual(["otherApp"]);
    expect(names(await callbacksForFile(handle.db, TEST_APP, "1002"))).toEqual(["trtc"]);
    expect(await callbacksForFile(handle.db, OTHER_APP, "1002")).toEqual([]);
  });
});
