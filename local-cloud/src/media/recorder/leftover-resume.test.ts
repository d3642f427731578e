import { describe, expect, it } from "vitest";
import { partitionLeftovers } from "./leftover-resume";
import type { RecordingRecord } from "./recording-store";
import type { LeftoverFile } from "./settle-leftovers";

let nextId = 0;
const record = (overrides: Partial<RecordingRecord>): RecordingRecord => ({
  id: `rec-${++nextId}`,
  streamKey: "task:abc|trtc_1400000456/cloudrec_abc",
  format: "mp4",
  dir: "/data/recordings/x",
  state: "open",
  stream: {
    sdkAppId: 1400000456,
    domain: "24680.livepush.myqcloud.com",
    appName: "trtc_1400000456",
    streamId: "cloudrec_abc",
    roomId: "7",
    userId: "",
    streamType: "main",
    userDefineRecordId: undefined,
    hasDefaultStreamId: false,
    streamParam: "",
  },
  settings: { recordIntervalSeconds: 3600, storageTimeSeconds: 0, vodSubAppId: null, vodFileName: null },
  templateId: 0,
  startMs: 1_000,
  pieces: [],
  owner: { kind: "cloud-recording", sourceId: "task:abc", data: { taskId: "abc" } },
  fileIndex: 1,
  tracks: "audio+video",
  stored: null,
  ...overrides,
});
const file = (recording: RecordingRecord, isSplit = false): LeftoverFile => ({ record: recording, isSplit });
const ids = (files: readonly LeftoverFile[]) => files.map((left) => left.record.id).sort();

describe("which leftovers a restart continues", () => {
  it("continues the file each format of a resuming stream was writing, and finishes every other", () => {
    const hls = record({ format: "hls" });
    const cutBeforeTheCrash = record({ fileIndex: 1 });
    const beingWritten = record({ fileIndex: 2, startMs: 5_000 });
    const someoneElses = record({
      streamKey: "css|trtc_1400000123/alice",
      owner: { kind: "css", sourceId: "css", data: {} },
    });
    const files = [file(hls), file(cutBeforeTheCrash, true), file(beingWritten, true), file(someoneElses)];

    const { parked, finished } = partitionLeftovers(files, (left) => left.owner.kind === "cloud-recording");

    expect(parked).toHaveLength(1);
    expect(parked[0]?.key).toBe("task:abc|trtc_1400000456/cloudrec_abc");
    expect(parked[0]?.records.map((left) => left.id).sort()).toEqual([hls.id, beingWritten.id].sort());
    expect(ids(finished)).toEqual([cutBeforeTheCrash.id, someoneElses.id].sort());
  });

  it("of two first files of one stream (an ended one not yet finished, a new one) continues the later", () => {
    const ended = record({ startMs: 1_000 });
    const current = record({ startMs: 9_000 });

    const { parked, finished } = partitionLeftovers([file(current), file(ended)], () => true);

    expect(parked[0]?.records.map((left) => left.id)).toEqual([current.id]);
    expect(ids(finished)).toEqual([ended.id]);
  });

  it("keeps each resuming stream apart and finishes everything when nothing resumes", () => {
    const mix = record({});
    const user = record({ streamKey: "task:abc|trtc_1400000456/1400000456_7_ben_main" });
    const both = [file(mix), file(user)];

    expect(
      partitionLeftovers(both, () => true)
        .parked.map((stream) => stream.key)
        .sort(),
    ).toEqual([mix.streamKey, user.streamKey].sort());
    expect(partitionLeftovers(both, () => false)).toEqual({ parked: [], finished: both });
  });
});
