import { describe, expect, it } from "vitest";
import { isIntegerRoomId } from "./room-id";

describe("isIntegerRoomId", () => {
  it.each(["1", "1001", "4294967295"])("%s is an integer room", (id) => expect(isIntegerRoomId(id)).toBe(true));
  it.each(["0", "007", "4294967296", "12a", "room-1", "", "-5"])("%s is a string room", (id) =>
    expect(isIntegerRoomId(id)).toBe(false),
  );
});
