import { describe, expect, it } from "vitest";
import {
  admitStreams,
  DEFAULT_MAX_CONCURRENT_TASKS_PER_APP,
  MAX_MIXED_VIDEO_PICTURES,
  MAX_SUBSCRIBED_STREAMS,
  type CandidateStream,
} from "./cloud-recording-request";

const streams = (count: number, media = { audio: true, video: true }): CandidateStream[] =>
  Array.from({ length: count }, (_, index) => ({ key: `user${index}/main`, ...media }));

describe("a cloud-recording task's quotas", () => {
  it("are Tencent's documented defaults", () => {
    expect(DEFAULT_MAX_CONCURRENT_TASKS_PER_APP).toBe(100);
    expect(MAX_SUBSCRIBED_STREAMS).toBe(25);
    expect(MAX_MIXED_VIDEO_PICTURES).toBe(24);
  });

  it("subscribes the first 25 streams in the order they came and leaves the rest waiting", () => {
    const admitted = admitStreams(streams(27), "single");
    expect([...admitted.keys()]).toEqual(streams(25).map((stream) => stream.key));
    expect(admitted.get("user24/main")).toEqual({ audio: true, video: true });
    expect(admitted.has("user25/main")).toBe(false);
  });

  it("shows at most 24 pictures in a mix and still hears the 25th stream", () => {
    const admitted = admitStreams(streams(25), "mixed");
    expect(admitted.get("user23/main")).toEqual({ audio: true, video: true });
    expect(admitted.get("user24/main")).toEqual({ audio: true, video: false });
  });

  it("counts only streams with video against the 24 pictures", () => {
    const candidates = [{ key: "voice/main", audio: true, video: false }, ...streams(24)];
    const admitted = admitStreams(candidates, "mixed");
    expect(admitted.get("voice/main")).toEqual({ audio: true, video: false });
    expect(admitted.get("user23/main")).toEqual({ audio: true, video: true });
  });
});
