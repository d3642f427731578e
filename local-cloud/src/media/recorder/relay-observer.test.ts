import { describe, expect, it } from "vitest";
import type { RelayPolicy, RelayPublish } from "../relay/relay";
import { observeRelayPolicy } from "./relay-observer";

const publish: RelayPublish = {
  sessionId: "s1",
  app: "trtc_1400000123",
  name: "cam",
  streamPath: "/trtc_1400000123/cam",
  query: {},
  clientIp: "127.0.0.1",
};

describe("observeRelayPolicy", () => {
  it("leaves admission to the policy and tells observers after it, even when one throws", () => {
    const calls: string[] = [];
    const policy: RelayPolicy = {
      authorizePublish: () => "refused by TRTC",
      onPublishStarted: () => calls.push("policy started"),
      onPublishEnded: () => calls.push("policy ended"),
    };
    const observed = observeRelayPolicy(policy, [
      {
        onPublishStarted: () => {
          throw new Error("broken observer");
        },
        onPublishEnded: () => calls.push("first ended"),
      },
      {
        onPublishStarted: (started) => calls.push(`second started ${started.name}`),
        onPublishEnded: (sessionId) => calls.push(`second ended ${sessionId}`),
      },
    ]);
    expect(observed.authorizePublish(publish)).toBe("refused by TRTC");
    observed.onPublishStarted(publish);
    observed.onPublishEnded("s1");
    expect(calls).toEqual(["policy started", "second started cam", "policy ended", "first ended", "second ended s1"]);
  });
});
