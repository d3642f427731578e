import { describe, expect, it } from "vitest";
import { IllegalStreamTransition, moveTo, STREAM_TRANSITIONS, type StreamState } from "./stream-lifecycle";

const STATES: StreamState[] = ["live", "paused", "ending", "ended"];
const ALLOWED = new Set(["live>paused", "live>ending", "paused>live", "paused>ending", "ending>ended"]);

describe("the recorded stream's lifecycle", () => {
  it("allows exactly live ⇄ paused, live/paused → ending → ended", () => {
    const table = STATES.flatMap((from) => STREAM_TRANSITIONS[from].map((to) => `${from}>${to}`));
    expect(new Set(table)).toEqual(ALLOWED);
  });

  it.each(STATES.flatMap((from) => STATES.map((to) => [from, to] as const)))("%s → %s", (from, to) => {
    const stream = { key: "css|trtc_1/alice", state: from };
    if (ALLOWED.has(`${from}>${to}`)) {
      moveTo(stream, to);
      expect(stream.state).toBe(to);
    } else {
      expect(() => moveTo(stream, to)).toThrow(IllegalStreamTransition);
      expect(stream.state).toBe(from);
    }
  });

  it("names the stream and both states when it refuses", () => {
    expect(() => moveTo({ key: "css|trtc_1/bob", state: "ended" }, "live")).toThrow(
      "css|trtc_1/bob: a recorded stream cannot go from ended to live",
    );
  });
});
