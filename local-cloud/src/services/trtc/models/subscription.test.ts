import { describe, expect, it } from "vitest";
import { subscribedMedia, subscriptionProblem } from "./subscription";

const nobody = new Set<string>();

describe("task subscriptions", () => {
  it("subscribes everyone to everything without lists", () => {
    expect(subscribedMedia({}, "alice", nobody)).toEqual({ audio: true, video: true });
  });

  it("admits only the allow list, or everyone but the deny list, per media", () => {
    const subscription = { subscribeVideo: ["alice"], unsubscribeAudio: ["bob"] };
    expect(subscribedMedia(subscription, "alice", nobody)).toEqual({ audio: true, video: true });
    expect(subscribedMedia(subscription, "bob", nobody)).toEqual({ audio: false, video: false });
    expect(subscribedMedia(subscription, "carol", nobody)).toEqual({ audio: true, video: false });
  });

  it("reads a trailing .*$ as a prefix, unless a user has that very id", () => {
    expect(subscribedMedia({ subscribeAudio: ["1.*$"] }, "123", nobody).audio).toBe(true);
    expect(subscribedMedia({ subscribeAudio: ["1.*$"] }, "223", nobody).audio).toBe(false);
    expect(subscribedMedia({ subscribeAudio: ["1.*$"] }, "123", new Set(["1.*$"])).audio).toBe(false);
    expect(subscribedMedia({ subscribeAudio: ["1.*$"] }, "1.*$", new Set(["1.*$"])).audio).toBe(true);
  });

  it("refuses an allow and a deny list for the same media", () => {
    expect(subscriptionProblem({ subscribeAudio: ["a"], unsubscribeAudio: ["b"] })).toMatch(
      /allow list or a deny list/,
    );
    expect(subscriptionProblem({ subscribeAudio: ["a"], unsubscribeVideo: ["b"] })).toBeNull();
  });
});
