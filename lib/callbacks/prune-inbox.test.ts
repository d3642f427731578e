import { asc, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { callbackEvents } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { inboxRetentionSchema } from "@/lib/schemas/inbox-retention";
import { messageText } from "@/lib/i18n/message-text";
import { setInboxRetention } from "@/lib/actions/callbacks/set-inbox-retention";
import { getInboxRetention } from "@/lib/data/callbacks/inbox-retention";
import { pruneInbox } from "./prune-inbox";

const NOW = new Date("2026-12-01T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60_000 - 60_000);

describe("the inbox retention schema", () => {
  it.each([
    [
      { verifiedRetentionDays: -1, refusedRetentionDays: 7 },
      "verifiedRetentionDays",
      "0 (keep for good) to 3650 days.",
    ],
    [
      { verifiedRetentionDays: 90, refusedRetentionDays: 3651 },
      "refusedRetentionDays",
      "0 (keep for good) to 3650 days.",
    ],
    [{ verifiedRetentionDays: 1.5, refusedRetentionDays: 7 }, "verifiedRetentionDays", "A whole number of days."],
    [{ verifiedRetentionDays: "lots", refusedRetentionDays: 7 }, "verifiedRetentionDays", "Enter how many days"],
  ])("refuses %j with a message on %s", (input, field, message) => {
    const result = inboxRetentionSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path[0] === field);
    expect(messageText(issue?.message ?? "")).toContain(message);
  });

  it("takes both ends of the range and refuses unknown fields", () => {
    expect(inboxRetentionSchema.parse({ verifiedRetentionDays: "0", refusedRetentionDays: 3650 })).toEqual({
      verifiedRetentionDays: 0,
      refusedRetentionDays: 3650,
    });
    expect(
      inboxRetentionSchema.safeParse({ verifiedRetentionDays: 1, refusedRetentionDays: 1, extra: 1 }).success,
    ).toBe(false);
  });
});

describe.each(testDatabaseKinds())("inbox retention on $name", (kind) => {
  const handle = useTestDatabase(kind);
  const insert = (dedupeKey: string, signatureValid: boolean, lastDeliveredAt: Date) =>
    handle.db.insert(callbackEvents).values({
      dedupeKey,
      family: "css",
      signatureValid,
      rawBody: "{}",
      receivedAt: lastDeliveredAt,
      lastDeliveredAt,
    });
  const keys = async () =>
    (
      await handle.db.select({ key: callbackEvents.dedupeKey }).from(callbackEvents).orderBy(asc(callbackEvents.id))
    ).map((row) => row.key);

  beforeEach(async () => {
    await handle.db.delete(callbackEvents);
    await handle.db.execute(sql`delete from console_settings`);
  });

  it("keeps verified events 90 days and refusals 7 by default, from their last delivery", async () => {
    expect(await getInboxRetention(handle.db)).toMatchObject({ verifiedRetentionDays: 90, refusedRetentionDays: 7 });
    await insert("valid-old", true, daysAgo(90));
    await insert("valid-recent", true, daysAgo(89));
    await insert("refused-old", false, daysAgo(7));
    await insert("refused-recent", false, daysAgo(6));
    expect(await pruneInbox(handle.db, NOW)).toEqual({ verified: 1, refused: 1 });
    expect(await keys()).toEqual(["valid-recent", "refused-recent"]);
    // A refusal group delivered again today is young again; the 89-day-old event is not.
    await handle.db
      .update(callbackEvents)
      .set({ lastDeliveredAt: NOW })
      .where(eq(callbackEvents.dedupeKey, "refused-recent"));
    expect(await pruneInbox(handle.db, new Date(NOW.getTime() + 6.5 * 24 * 60 * 60_000))).toEqual({
      verified: 1,
      refused: 0,
    });
    expect(await keys()).toEqual(["refused-recent"]);
  });

  it("follows the admin's setting, and 0 keeps everything", async () => {
    await setInboxRetention(handle.db, { verifiedRetentionDays: 0, refusedRetentionDays: 1 }, "admin@example.com");
    expect(await getInboxRetention(handle.db)).toMatchObject({
      verifiedRetentionDays: 0,
      refusedRetentionDays: 1,
      updatedByEmail: "admin@example.com",
    });
    await insert("valid-ancient", true, daysAgo(3000));
    await insert("refused-yesterday", false, daysAgo(1));
    await insert("refused-today", false, daysAgo(0));
    expect(await pruneInbox(handle.db, NOW)).toEqual({ verified: 0, refused: 1 });
    expect(await keys()).toEqual(["valid-ancient", "refused-today"]);
  });
});
