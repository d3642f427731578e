import { describe, expect, it } from "vitest";
import { subscribedInputs } from "./task-preview-request";

describe("subscribedInputs", () => {
  const room = ["red", "green", "teacher_1", "1.*$"].map((userId) => ({
    userId,
    streamType: 0 as const,
    hasVideo: true,
  }));

  it("allow and deny lists, with `.*$` as a prefix", () => {
    const seen = subscribedInputs(room, {
      audio: { mode: "deny", userIds: "green" },
      video: { mode: "allow", userIds: "teach.*$ red" },
    });
    expect(seen.map((input) => [input.userId, input.hasVideo])).toEqual([
      ["red", true],
      ["teacher_1", true],
      ["1.*$", false],
    ]);
  });

  it("an entry that is someone's literal id names only them", () => {
    const seen = subscribedInputs([...room, { userId: "123", streamType: 0, hasVideo: true }], {
      audio: { mode: "allow", userIds: "1.*$" },
      video: { mode: "allow", userIds: "1.*$" },
    });
    expect(seen.map((input) => input.userId)).toEqual(["1.*$"]);
  });
});
