import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/open-database";
import { testDatabaseKinds, type TestDatabase } from "@/lib/db/testing/test-databases";
import { foldRoomEvent, type VerifiedTrtcEvent } from "@/lib/actions/rooms/fold-room-event";
import { afternoonOfRoom, foldedRows, inRoom, shuffled } from "@/lib/rooms/testing/room-events";

const postgres = testDatabaseKinds().find((kind) => kind.name === "PostgreSQL");

/**
 * Two console instances on one PostgreSQL, each receiving some of TRTC's events (and both some of
 * the same, as retries land where they land), fold them at the same time: the rooms they show
 * must be the rooms one instance folding everything in order shows. Needs TEST_DATABASE_URL.
 */
describe.skipIf(!postgres)("two console instances folding one room's events on one PostgreSQL", () => {
  let database: TestDatabase | undefined;
  let first: OpenDatabase | undefined;
  let second: OpenDatabase | undefined;

  beforeAll(async () => {
    if (!postgres) return;
    database = await postgres.create();
    first = await openDatabase(database.config);
    second = await openDatabase(database.config);
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.dispose();
  });

  const instances = () => {
    if (!first || !second) throw new Error("the databases open in beforeAll");
    return [first.db, second.db] as const;
  };

  /** As a receiver does: each event in a transaction of its own, as the store-and-fold runs. */
  const receive = (db: OpenDatabase["db"], events: readonly VerifiedTrtcEvent[]) =>
    Promise.all(events.map((event) => db.transaction((tx) => foldRoomEvent(tx, event))));

  it("ends in the rows of an in-order fold, for split, reordered and duplicated deliveries", async () => {
    const [a, b] = instances();
    for (const event of afternoonOfRoom("reference")) await foldRoomEvent(a, event);
    const expected = await foldedRows(a, "reference");

    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const roomId = `split-${seed}`;
      const events = shuffled(inRoom(afternoonOfRoom("x"), roomId), seed);
      // Each instance gets about two thirds: every event reaches at least one, a third reach both.
      const toA = events.filter((_, index) => index % 3 !== 0);
      const toB = events.filter((_, index) => index % 3 !== 1);
      await Promise.all([receive(a, toA), receive(b, [...toB].reverse())]);
      expect(await foldedRows(b, roomId), `seed ${seed}`).toEqual(expected);
      expect(await foldedRows(a, roomId)).toEqual(await foldedRows(b, roomId));
    }
  });
});
